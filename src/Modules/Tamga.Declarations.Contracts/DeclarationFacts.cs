namespace Tamga.Declarations.Contracts;

/// <summary>
/// What other modules need to know of a lodged declaration to assess it (risk, duties): the declaration's
/// data elements in a flat, stable shape. DE numbers are the EU/UK data elements.
/// </summary>
public sealed record DeclarationFacts(
    Guid DeclarationId,
    string Lrn,
    string TypeCode,
    string DeclarantId,
    string? RepresentativeId,
    string? ImporterId,
    string? ExporterId,
    string? PresentationOffice,
    string? SupervisingOffice,
    string? ExportCountry,
    string? DestinationCountry,
    string? BorderTransportMode,
    string? InvoiceCurrency,
    decimal? InvoiceAmount,
    IReadOnlyList<GoodsItemFacts> Items);

/// <summary>One goods item: DE 6/14–6/17 commodity, 5/15 origin, 1/10 procedure, 6/1 net mass, 6/2 units, 4/14 value.</summary>
public sealed record GoodsItemFacts(
    int Sequence,
    string Description,
    string CommodityCode,
    string? OriginCountry,
    string? ProcedureCode,
    IReadOnlyList<string> AdditionalProcedureCodes,
    decimal? NetMassKg,
    decimal? SupplementaryUnits,
    decimal? ItemAmount,
    string? ItemCurrency,
    IReadOnlyList<string> PreferenceCodes,
    IReadOnlyList<string> AdditionalDocumentTypes);
