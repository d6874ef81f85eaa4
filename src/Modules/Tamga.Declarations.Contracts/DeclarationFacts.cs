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
    IReadOnlyList<GoodsItemFacts> Items)
{
    /// <summary>DE 4/15 exchange rates declared.</summary>
    public IReadOnlyList<ExchangeRateFact> ExchangeRates { get; init; } = [];

    /// <summary>DE 4/9 additions and deductions declared for the whole declaration, to apportion across the items.</summary>
    public IReadOnlyList<ChargeFact> Charges { get; init; } = [];

    /// <summary>Transport costs to the place of entry declared for the whole declaration (WCO FreightCharge).</summary>
    public AmountFact? Freight { get; init; }

    /// <summary>DE 3/39 the types of the authorisations the declaration relies on (e.g. <c>CGU</c>, <c>UKIM</c>).</summary>
    public IReadOnlyList<string> AuthorisationTypes { get; init; } = [];

    /// <summary>
    /// The parties as declared, with their names and addresses where given (importer, exporter, declarant,
    /// representative, seller, buyer): what risk management needs to recognise the same trader across declarations.
    /// </summary>
    public IReadOnlyList<PartyFact> Parties { get; init; } = [];
}

/// <summary>
/// A party of the declaration in a role (<see cref="PartyRoles"/>): DE 3/x identification number (EORI/TIN), name and
/// address as declared, unnormalised.
/// </summary>
public sealed record PartyFact(string Role, string? Id, string? Name, string? Street, string? City, string? Postcode, string? Country);

/// <summary>The roles a <see cref="PartyFact"/> is declared in.</summary>
public static class PartyRoles
{
    public const string Importer = "importer";
    public const string Exporter = "exporter";
    public const string Declarant = "declarant";
    public const string Representative = "representative";
    public const string Seller = "seller";
    public const string Buyer = "buyer";
}

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
    IReadOnlyList<string> AdditionalDocumentTypes)
{
    /// <summary>DE 6/16 TARIC and DE 6/17 national additional codes (e.g. <c>VATZ</c>).</summary>
    public IReadOnlyList<string> AdditionalCodes { get; init; } = [];

    /// <summary>DE 5/16 country of preferential origin.</summary>
    public string? PreferentialOrigin { get; init; }

    /// <summary>DE 4/16 valuation method (1 transaction value … 6 fall-back).</summary>
    public string? ValuationMethod { get; init; }

    /// <summary>DE 4/13 valuation indicators.</summary>
    public string? ValuationIndicator { get; init; }

    /// <summary>The customs value when declared directly (methods 2–6, or a value the declarant computed).</summary>
    public AmountFact? CustomsValue { get; init; }

    /// <summary>DE 99/6 statistical value.</summary>
    public AmountFact? StatisticalValue { get; init; }

    /// <summary>DE 4/9 additions and deductions declared for the item.</summary>
    public IReadOnlyList<ChargeFact> Charges { get; init; } = [];

    /// <summary>DE 4/3–4/8, 4/17, 8/1 the duty and tax lines as declared.</summary>
    public IReadOnlyList<DeclaredTaxFact> DeclaredTaxes { get; init; } = [];

    /// <summary>DE 2/2 additional information codes of the item and of the declaration (e.g. <c>00500</c>, <c>NIREM</c>).</summary>
    public IReadOnlyList<string> AdditionalInformationCodes { get; init; } = [];
}

/// <summary>An amount with its currency (ISO 4217), as declared.</summary>
public sealed record AmountFact(decimal Value, string? Currency);

/// <summary>DE 4/9 an addition to or deduction from the price (e.g. <c>AK</c>, <c>BC</c>): its code and amount.</summary>
public sealed record ChargeFact(string Code, decimal Amount, string? Currency);

/// <summary>DE 4/15 an exchange rate declared: units of the national currency for one unit of <see cref="Currency"/>.</summary>
public sealed record ExchangeRateFact(string Currency, decimal Rate);

/// <summary>
/// DE 4/3–4/8 one duty or tax line as the declarant declared it, with DE 4/17 preference and DE 8/1 quota order number.
/// </summary>
public sealed record DeclaredTaxFact(string? TaxType, string? Preference, string? QuotaOrderNumber, decimal? Base, decimal? Rate, decimal? Amount, string? PaymentMethod)
{
    /// <summary>DE 4/4 the unit of a specific tax base quantity (e.g. <c>KTC</c> kilograms of tobacco, <c>ASV</c> alcoholic strength by volume).</summary>
    public string? BaseUnit { get; init; }
}
