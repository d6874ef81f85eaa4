namespace Tamga.Declarations.Domain;

/// <summary>DE 2/1 simplified declaration / previous document.</summary>
internal sealed record PreviousDocument
{
    /// <summary>Category: <c>X</c> summary declaration, <c>Y</c> simplified/initial declaration, <c>Z</c> previous document.</summary>
    public string? CategoryCode { get; init; }

    /// <summary>Type, e.g. <c>DCR</c> (DUCR), <c>MCR</c> (MUCR), <c>CLE</c>, <c>355</c> (entry summary).</summary>
    public string? TypeCode { get; init; }

    public string? Id { get; init; }

    /// <summary>Goods item number within the previous document.</summary>
    public int? Line { get; init; }
}

/// <summary>
/// DE 2/3 documents produced, certificates and authorisations, additional references
/// (at header level also DE 2/6 deferred payment, type <c>DAN</c>).
/// </summary>
internal sealed record AdditionalDocument
{
    /// <summary>First character of the document code (e.g. <c>C</c> of C505).</summary>
    public string? CategoryCode { get; init; }

    /// <summary>Remaining three characters of the document code (e.g. <c>505</c> of C505).</summary>
    public string? TypeCode { get; init; }

    public string? Id { get; init; }

    /// <summary>Document name or the reason a waiver code is used.</summary>
    public string? Name { get; init; }

    /// <summary>Document status code (e.g. <c>AE</c>, <c>AF</c>, <c>JP</c>).</summary>
    public string? LpcoExemptionCode { get; init; }

    /// <summary>Date of validity (format 102, <c>CCYYMMDD</c>) as written in the declaration.</summary>
    public string? EffectiveDateTime { get; init; }

    /// <summary>DE 8/7 writing-off: quantity and/or amount taken off a licence.</summary>
    public WriteOff? WriteOff { get; init; }
}

/// <summary>DE 8/7 writing-off against an additional document.</summary>
internal sealed record WriteOff
{
    public Measure? Quantity { get; init; }

    public Amount? Amount { get; init; }
}

/// <summary>DE 2/2 additional information; in amendments and cancellations, the free-text reason with its pointers.</summary>
internal sealed record AdditionalInformation
{
    /// <summary>Additional information code, e.g. <c>00500</c>, <c>GEN45</c>.</summary>
    public string? StatementCode { get; init; }

    public string? StatementDescription { get; init; }

    /// <summary>Type; <c>AES</c> for the reason of an amendment or cancellation.</summary>
    public string? StatementTypeCode { get; init; }

    public ValueList<Pointer> Pointers { get; init; } = ValueList<Pointer>.Empty;
}

/// <summary>A pointer to the part of a declaration an amendment or statement is about (WCO class Pointer).</summary>
internal sealed record Pointer
{
    /// <summary>Sequence number of the occurrence pointed to (e.g. the goods item number).</summary>
    public int? Sequence { get; init; }

    /// <summary>WCO document section code, e.g. <c>42A</c> declaration, <c>67A</c> goods shipment, <c>68A</c> goods item.</summary>
    public string? DocumentSectionCode { get; init; }

    /// <summary>WCO tag of the attribute pointed to, e.g. <c>360</c>.</summary>
    public string? TagId { get; init; }
}

/// <summary>One amendment (function code 13): the reason code and pointers to what changed.</summary>
internal sealed record Amendment
{
    /// <summary>Change reason code; <c>1</c> on a cancellation.</summary>
    public string? ChangeReasonCode { get; init; }

    public ValueList<Pointer> Pointers { get; init; } = ValueList<Pointer>.Empty;
}
