using Tamga.Risk.Scoring;

namespace Tamga.Risk.Feedback;

/// <summary>
/// One goods item of a controlled declaration with what the control found: a labelled example for the next
/// training of the scoring model, and a line of the importer's compliance history.
/// </summary>
internal sealed class ControlResult
{
    public Guid DeclarationId { get; init; }

    public int Item { get; init; }

    public string? Mrn { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public string Officer { get; init; } = "";

    public bool Irregularity { get; init; }

    public decimal? RevenueRaised { get; init; }

    public string Office { get; init; } = "";

    public string DeclarationType { get; init; } = "";

    public string ProcedureCode { get; init; } = "";

    public string TransportMode { get; init; } = "";

    public string Declarant { get; init; } = "";

    public string Importer { get; init; } = "";

    public string Seller { get; init; } = "";

    public string CommodityCode { get; init; } = "";

    public string DispatchCountry { get; init; } = "";

    public string OriginCountry { get; init; } = "";

    public string Preference { get; init; } = "";

    public decimal? NetMassKg { get; init; }

    public decimal? ItemValue { get; init; }

    public RiskRecord ToRecord() => new()
    {
        Id = $"{DeclarationId:N}/{Item}",
        Date = DateOnly.FromDateTime(RecordedAt.UtcDateTime),
        Office = Office,
        ImportType = DeclarationType,
        ImportUse = ProcedureCode,
        TransportMode = TransportMode,
        Declarant = Declarant,
        Importer = Importer,
        Seller = Seller,
        CommodityCode = CommodityCode,
        DepartureCountry = DispatchCountry,
        OriginCountry = OriginCountry,
        TaxType = Preference,
        NetMassKg = NetMassKg is { } mass ? (double)mass : double.NaN,
        ItemValue = ItemValue is { } value ? (double)value : double.NaN,
        Fraud = Irregularity,
        CriticalFraud = Irregularity && RevenueRaised > 0m ? 1 : 0,
    };
}
