using System.Text.Json.Serialization;

namespace Tamga.Declarations.Domain;

/// <summary>
/// The content of a goods declaration, an amendment or a cancellation, aligned with the WCO Data Model 3.6
/// (DEC-DMS) class and attribute names. Serialized with the web defaults of System.Text.Json it is Tamga's JSON
/// intake format (see <c>DeclarationJson</c>). The XML comments give the EU/UK data element numbers (DE group/number).
/// </summary>
internal sealed record DeclarationContent
{
    /// <summary>Message function: <c>9</c> original declaration, <c>13</c> additional message (amendment or cancellation).</summary>
    public string? FunctionCode { get; init; }

    /// <summary>DE 2/5 local reference number (LRN); on additional messages the reference of that message.</summary>
    public string? FunctionalReferenceId { get; init; }

    /// <summary>The MRN of the declaration an amendment or cancellation applies to.</summary>
    public string? Id { get; init; }

    /// <summary>
    /// DE 1/1 declaration type (<c>IM</c>, <c>EX</c>, <c>CO</c>) followed by DE 1/2 additional declaration type
    /// (e.g. <c>IMA</c>); <c>COR</c> on an amendment, <c>INV</c> on a cancellation.
    /// </summary>
    public string? TypeCode { get; init; }

    /// <summary>Acceptance date as written (format 304, <c>CCYYMMDDhhmmss</c> and zone), for back-dated declarations.</summary>
    public string? AcceptanceDateTime { get; init; }

    /// <summary>Date the declaration was made, as written (format 304).</summary>
    public string? IssueDateTime { get; init; }

    /// <summary>Place of the declaration.</summary>
    public string? IssueLocationId { get; init; }

    /// <summary>DE 1/9 total number of items.</summary>
    public int? GoodsItemQuantity { get; init; }

    /// <summary>Office where the declaration is lodged, when given.</summary>
    public string? DeclarationOfficeId { get; init; }

    /// <summary>DE 4/11 total amount invoiced, in the DE 4/10 invoice currency.</summary>
    public Amount? InvoiceAmount { get; init; }

    /// <summary>DE 6/5 total gross mass in kilograms.</summary>
    public decimal? TotalGrossMass { get; init; }

    /// <summary>DE 6/18 total packages.</summary>
    public decimal? TotalPackageQuantity { get; init; }

    /// <summary>DE 1/7 specific circumstance indicator.</summary>
    public string? SpecificCircumstancesCode { get; init; }

    /// <summary>The party who sends an additional message (amendment or cancellation).</summary>
    public Party? Submitter { get; init; }

    /// <summary>DE 2/3 documents at declaration level and DE 2/6 deferred payment (type <c>DAN</c>).</summary>
    public ValueList<AdditionalDocument> AdditionalDocuments { get; init; } = ValueList<AdditionalDocument>.Empty;

    /// <summary>DE 2/2 additional information at declaration level; the reason of an amendment or cancellation.</summary>
    public ValueList<AdditionalInformation> AdditionalInformation { get; init; } = ValueList<AdditionalInformation>.Empty;

    /// <summary>DE 3/19–3/21 representative (WCO Agent).</summary>
    public Representative? Agent { get; init; }

    /// <summary>Amendment reasons and pointers (function code 13).</summary>
    public ValueList<Amendment> Amendments { get; init; } = ValueList<Amendment>.Empty;

    /// <summary>DE 3/39 holders of authorisations.</summary>
    public ValueList<AuthorisationHolder> AuthorisationHolders { get; init; } = ValueList<AuthorisationHolder>.Empty;

    /// <summary>DE 7/14 identity, DE 7/15 nationality and DE 7/4 mode of the active means of transport crossing the border.</summary>
    public TransportMeans? BorderTransportMeans { get; init; }

    /// <summary>DE 3/31–3/32 carrier, DE 4/2 transport charges method of payment, DE 5/18 countries of routing.</summary>
    public Carriage? Consignment { get; init; }

    /// <summary>DE 4/15 exchange rates.</summary>
    public ValueList<CurrencyExchange> CurrencyExchanges { get; init; } = ValueList<CurrencyExchange>.Empty;

    /// <summary>DE 3/17 declarant name and address, DE 3/18 declarant identification number.</summary>
    public Party? Declarant { get; init; }

    /// <summary>DE 5/12 customs office of exit.</summary>
    public string? ExitOffice { get; init; }

    /// <summary>DE 3/1 exporter name and address, DE 3/2 exporter identification number.</summary>
    public Party? Exporter { get; init; }

    /// <summary>The goods shipment with its goods items.</summary>
    public GoodsShipment? GoodsShipment { get; init; }

    /// <summary>DE 8/2 guarantee type and DE 8/3 guarantee reference.</summary>
    public ValueList<Guarantee> Guarantees { get; init; } = ValueList<Guarantee>.Empty;

    /// <summary>DE 5/26 customs office of presentation (WCO PresentationOffice/ID).</summary>
    public string? PresentationOffice { get; init; }

    /// <summary>DE 5/27 supervising customs office (WCO SupervisingOffice/ID).</summary>
    public string? SupervisingOffice { get; init; }

    /// <summary>The goods items, or none when there is no goods shipment.</summary>
    [JsonIgnore]
    public ValueList<GoodsItem> GoodsItems => GoodsShipment?.GoodsItems ?? ValueList<GoodsItem>.Empty;
}

/// <summary>DE 4/15 exchange rate for a currency.</summary>
internal sealed record CurrencyExchange
{
    /// <summary>ISO 4217 currency code.</summary>
    public string? CurrencyTypeCode { get; init; }

    public decimal? Rate { get; init; }
}

/// <summary>DE 8/2 guarantee type and DE 8/3 guarantee reference.</summary>
internal sealed record Guarantee
{
    /// <summary>DE 8/2 guarantee type, e.g. <c>0</c> waiver, <c>1</c> comprehensive, <c>R</c> deposit.</summary>
    public string? SecurityDetailsCode { get; init; }

    /// <summary>DE 8/3 guarantee reference number (GRN).</summary>
    public string? Id { get; init; }

    /// <summary>DE 8/3 other guarantee reference.</summary>
    public string? ReferenceId { get; init; }

    /// <summary>DE 8/3 access code.</summary>
    public string? AccessCode { get; init; }

    /// <summary>DE 8/3 amount of import duty covered.</summary>
    public Amount? Amount { get; init; }

    /// <summary>DE 8/3 customs office of guarantee.</summary>
    public string? OfficeId { get; init; }
}
