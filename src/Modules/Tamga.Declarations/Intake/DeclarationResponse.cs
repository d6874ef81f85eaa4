using Tamga.Declarations.Domain;

namespace Tamga.Declarations.Intake;

/// <summary>The kind of a DMS notification: WCO RES <c>Response/FunctionCode</c> (HMRC's DMSxxx names in brackets).</summary>
internal enum ResponseFunction
{
    /// <summary>01 (DMSACC): accepted, MRN allocated.</summary>
    Accepted = 1,

    /// <summary>02 (DMSRCV): received, waiting for arrival or for its turn.</summary>
    Received = 2,

    /// <summary>03 (DMSREJ): rejected, with errors.</summary>
    Rejected = 3,

    /// <summary>05 (DMSCTL): under control.</summary>
    UnderControl = 5,

    /// <summary>06 (DMSDOC): documents requested.</summary>
    DocumentsRequested = 6,

    /// <summary>07 (DMSRES): control result, possibly with amendments made by the officer.</summary>
    ControlResult = 7,

    /// <summary>08 (DMSROG): goods status.</summary>
    GoodsStatus = 8,

    /// <summary>09 (DMSCLE): cleared.</summary>
    Cleared = 9,

    /// <summary>10 (DMSINV): invalidated (cancelled).</summary>
    Invalidated = 10,

    /// <summary>11 (DMSREQ): request, e.g. an amendment asked for.</summary>
    Request = 11,

    /// <summary>13 (DMSTAX): tax assessment.</summary>
    TaxAssessment = 13,

    /// <summary>14 (DMSCPI): customs position query.</summary>
    CustomsPositionQuery = 14,

    /// <summary>15 (DMSCPR): customs position response.</summary>
    CustomsPositionResponse = 15,

    /// <summary>16 (DMSEOG): goods exited.</summary>
    GoodsExited = 16,

    /// <summary>18 (DMSGER): general error.</summary>
    GeneralError = 18,
}

/// <summary>
/// A notification about a declaration, written as a WCO RES-DMS 3.6 <c>MetaData/Response</c> by
/// <see cref="ResponseXmlWriter"/>.
/// </summary>
internal sealed record DeclarationResponse
{
    public required ResponseFunction Function { get; init; }

    /// <summary>The notification's own reference (<c>Response/FunctionalReferenceID</c>, up to 35 characters).</summary>
    public required string Id { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>The declaration's LRN (DE 2/5).</summary>
    public string? Lrn { get; init; }

    /// <summary>The declaration's MRN.</summary>
    public string? Mrn { get; init; }

    /// <summary>The declaration's version (1, then one more per accepted amendment).</summary>
    public int? Version { get; init; }

    public DateTimeOffset? AcceptedAt { get; init; }

    public DateTimeOffset? RejectedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Free-text statements, e.g. the documents requested.</summary>
    public ValueList<AdditionalInformation> AdditionalInformation { get; init; } = ValueList<AdditionalInformation>.Empty;

    /// <summary>Amendments made by customs (control result).</summary>
    public ValueList<Amendment> Amendments { get; init; } = ValueList<Amendment>.Empty;

    public ValueList<ResponseError> Errors { get; init; } = ValueList<ResponseError>.Empty;

    public ResponseStatus? Status { get; init; }

    /// <summary>Declaration-level payments (tax assessment): reference, assessed and payable totals, due date.</summary>
    public ValueList<ResponsePayment> Payments { get; init; } = ValueList<ResponsePayment>.Empty;

    /// <summary>Assessed duty and tax lines per goods item (tax assessment).</summary>
    public ValueList<AssessedItem> AssessedItems { get; init; } = ValueList<AssessedItem>.Empty;
}

/// <summary>One error: a validation code (up to 8 characters, e.g. <c>CDS12056</c> or <c>DEC-R010</c>), its text and where it is.</summary>
internal sealed record ResponseError(string ValidationCode, string Description)
{
    public ValueList<Pointer> Pointers { get; init; } = ValueList<Pointer>.Empty;
}

/// <summary>The declaration's status (<c>Status/NameCode</c>, e.g. 4 or 67 on a tax assessment) with its dates.</summary>
internal sealed record ResponseStatus(string NameCode)
{
    public DateTimeOffset? EffectiveAt { get; init; }

    public DateTimeOffset? ReleasedAt { get; init; }
}

/// <summary>A payment line at declaration level.</summary>
internal sealed record ResponsePayment
{
    public string? ReferenceId { get; init; }

    public Amount? TaxAssessedAmount { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    public Amount? PaymentAmount { get; init; }
}

/// <summary>The assessed duty and tax lines of one goods item.</summary>
internal sealed record AssessedItem(int Sequence)
{
    /// <summary>Type, preference, bases, rate, deduction, assessed and payable amounts (quota and method of payment are not part of a response).</summary>
    public ValueList<DutyTaxFee> DutyTaxFees { get; init; } = ValueList<DutyTaxFee>.Empty;
}
