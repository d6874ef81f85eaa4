namespace Tamga.Declarations.Domain;

/// <summary>Where a declaration stands. The DMS notification each status sends is in <see cref="NotificationTypes"/>.</summary>
internal enum DeclarationStatus
{
    /// <summary>Received, not yet validated and registered (never seen outside the lodging transaction today).</summary>
    Lodged,

    /// <summary>Broke business rules at intake; kept with its errors (DMSREJ).</summary>
    Rejected,

    /// <summary>Accepted and given an MRN (DMSACC).</summary>
    Registered,

    /// <summary>Selected for documentary (yellow) or physical (red) control (DMSCTL, DMSDOC when documents are asked).</summary>
    UnderControl,

    /// <summary>Duties assessed and neither paid nor secured yet (DMSTAX).</summary>
    AwaitingPayment,

    /// <summary>Goods may be taken away (DMSCLE).</summary>
    Released,

    /// <summary>Control ended with a refusal to release (DMSRES).</summary>
    Refused,

    /// <summary>Withdrawn by the declarant before release (DMSINV).</summary>
    Cancelled,

    /// <summary>Invalidated by customs after release (DMSINV).</summary>
    Invalidated,
}

/// <summary>The DMS notification types (HMRC's codes) with their WCO RES function codes.</summary>
internal static class NotificationTypes
{
    public const string Accepted = "DMSACC";
    public const string Received = "DMSRCV";
    public const string Rejected = "DMSREJ";
    public const string UnderControl = "DMSCTL";
    public const string DocumentsRequested = "DMSDOC";
    public const string ControlResult = "DMSRES";
    public const string Cleared = "DMSCLE";
    public const string Invalidated = "DMSINV";
    public const string TaxAssessment = "DMSTAX";

    public static string FunctionCode(string type) => type switch
    {
        Accepted => "01",
        Received => "02",
        Rejected => "03",
        UnderControl => "05",
        DocumentsRequested => "06",
        ControlResult => "07",
        Cleared => "09",
        Invalidated => "10",
        TaxAssessment => "13",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown notification type."),
    };
}
