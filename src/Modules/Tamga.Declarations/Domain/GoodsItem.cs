namespace Tamga.Declarations.Domain;

/// <summary>One goods item (WCO GovernmentAgencyGoodsItem with its Commodity).</summary>
internal sealed record GoodsItem
{
    /// <summary>DE 1/6 goods item number.</summary>
    public int Sequence { get; init; }

    /// <summary>DE 6/8 description of goods.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// DE 6/13–6/17 classifications as declared: <c>TSP</c>/<c>GN</c> combined nomenclature (DE 6/14),
    /// <c>TRC</c> TARIC (DE 6/15), <c>TRA</c> TARIC additional code (DE 6/16), <c>GN</c> national additional code
    /// (DE 6/17, e.g. <c>VATZ</c>), <c>CV</c> CUS code (DE 6/13).
    /// </summary>
    public ValueList<Classification> Classifications { get; init; } = ValueList<Classification>.Empty;

    /// <summary>
    /// DE 6/14 + DE 6/15 commodity code: the combined nomenclature code followed by the TARIC code when declared
    /// (see <see cref="CommodityCodes.FromClassifications"/>).
    /// </summary>
    public string? CommodityCode { get; init; }

    /// <summary>DE 6/12 UN dangerous goods codes.</summary>
    public ValueList<string> DangerousGoods { get; init; } = ValueList<string>.Empty;

    /// <summary>DE 5/15 country of (non-preferential) origin; origin type <c>1</c>.</summary>
    public Origin? Origin { get; init; }

    /// <summary>DE 5/16 country of preferential origin; origin type <c>2</c>.</summary>
    public Origin? PreferentialOrigin { get; init; }

    /// <summary>DE 1/10 procedure: requested procedure (2 digits) followed by the previous procedure (2 digits).</summary>
    public string? ProcedureCode { get; init; }

    /// <summary>DE 1/11 additional procedure codes (3 characters each, e.g. <c>000</c>, <c>1CS</c>).</summary>
    public ValueList<string> AdditionalProcedureCodes { get; init; } = ValueList<string>.Empty;

    /// <summary>DE 6/1 net mass in kilograms.</summary>
    public decimal? NetMass { get; init; }

    /// <summary>DE 6/5 gross mass in kilograms.</summary>
    public decimal? GrossMass { get; init; }

    /// <summary>DE 6/2 supplementary units.</summary>
    public decimal? SupplementaryUnits { get; init; }

    /// <summary>DE 4/14 item price/amount (WCO InvoiceLine/ItemChargeAmount).</summary>
    public Amount? ItemAmount { get; init; }

    /// <summary>Customs value of the item when declared directly (WCO CustomsValueAmount).</summary>
    public Amount? CustomsValue { get; init; }

    /// <summary>DE 99/6 statistical value (DE 8/6 in the UK tariff's numbering).</summary>
    public Amount? StatisticalValue { get; init; }

    /// <summary>DE 8/5 nature of transaction (item level).</summary>
    public string? TransactionNatureCode { get; init; }

    /// <summary>DE 4/16 valuation method.</summary>
    public string? ValuationMethod { get; init; }

    /// <summary>DE 4/13 valuation indicators (WCO ValuationAdjustment/AdditionCode), e.g. <c>0000</c>.</summary>
    public string? ValuationIndicator { get; init; }

    /// <summary>DE 4/9 additions and deductions at item level.</summary>
    public ValueList<ChargeDeduction> ChargeDeductions { get; init; } = ValueList<ChargeDeduction>.Empty;

    /// <summary>DE 6/9 type, DE 6/10 number and DE 6/11 shipping marks of the packages.</summary>
    public ValueList<Package> Packages { get; init; } = ValueList<Package>.Empty;

    /// <summary>DE 2/3 documents, certificates, authorisations and additional references.</summary>
    public ValueList<AdditionalDocument> AdditionalDocuments { get; init; } = ValueList<AdditionalDocument>.Empty;

    /// <summary>DE 2/2 additional information.</summary>
    public ValueList<AdditionalInformation> AdditionalInformation { get; init; } = ValueList<AdditionalInformation>.Empty;

    /// <summary>DE 2/1 previous documents at item level.</summary>
    public ValueList<PreviousDocument> PreviousDocuments { get; init; } = ValueList<PreviousDocument>.Empty;

    /// <summary>DE 4/3–4/8 declared duty and tax lines, with DE 4/17 preference and DE 8/1 quota order number.</summary>
    public ValueList<DutyTaxFee> DutyTaxFees { get; init; } = ValueList<DutyTaxFee>.Empty;

    /// <summary>DE 3/37 additional supply chain actors at item level.</summary>
    public ValueList<AdditionalActor> AdditionalActors { get; init; } = ValueList<AdditionalActor>.Empty;

    /// <summary>DE 3/40 additional fiscal references at item level.</summary>
    public ValueList<FiscalReference> FiscalReferences { get; init; } = ValueList<FiscalReference>.Empty;

    /// <summary>DE 3/26–3/27 buyer at item level.</summary>
    public Party? Buyer { get; init; }

    /// <summary>DE 3/24–3/25 seller at item level.</summary>
    public Party? Seller { get; init; }

    /// <summary>DE 3/9–3/10 consignee at item level.</summary>
    public Party? Consignee { get; init; }

    /// <summary>DE 3/7–3/8 consignor at item level.</summary>
    public Party? Consignor { get; init; }

    /// <summary>DE 5/8 country of destination at item level.</summary>
    public string? DestinationCountry { get; init; }

    /// <summary>DE 5/14 country of dispatch/export at item level.</summary>
    public string? ExportCountry { get; init; }

    /// <summary>DE 7/10 containers the item is in.</summary>
    public ValueList<TransportEquipment> TransportEquipment { get; init; } = ValueList<TransportEquipment>.Empty;

    /// <summary>DE 2/4 reference number / UCR at item level.</summary>
    public Ucr? Ucr { get; init; }
}

/// <summary>One classification of the goods (WCO Commodity/Classification): its identifier and list type.</summary>
internal sealed record Classification(string Id, string Type);

/// <summary>DE 5/15 or DE 5/16 country of origin with its origin type (<c>1</c> non-preferential, <c>2</c> preferential).</summary>
internal sealed record Origin(string? Country, string? Type = null);

/// <summary>DE 6/9–6/11 one package line.</summary>
internal sealed record Package
{
    public int Sequence { get; init; }

    /// <summary>DE 6/9 type of packages (UN/ECE Recommendation 21, e.g. <c>BX</c>, <c>PK</c>, <c>CT</c>).</summary>
    public string? TypeCode { get; init; }

    /// <summary>DE 6/10 number of packages.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>DE 6/11 shipping marks.</summary>
    public string? Marks { get; init; }
}

/// <summary>
/// One declared duty/tax line: DE 4/3 tax type, DE 4/4 tax base, DE 4/5 tax rate, DE 4/6 payable tax amount,
/// DE 4/7 total, DE 4/8 method of payment, DE 4/17 preference and DE 8/1 quota order number.
/// </summary>
internal sealed record DutyTaxFee
{
    /// <summary>DE 4/3 tax type, e.g. <c>A00</c> customs duty, <c>B00</c> VAT.</summary>
    public string? TypeCode { get; init; }

    /// <summary>DE 4/17 preference, e.g. <c>100</c> erga omnes third-country duty, <c>300</c> tariff preference.</summary>
    public string? DutyRegimeCode { get; init; }

    /// <summary>DE 8/1 quota order number.</summary>
    public string? QuotaOrderId { get; init; }

    /// <summary>DE 4/4 specific tax base (quantity and unit).</summary>
    public Measure? SpecificTaxBase { get; init; }

    /// <summary>DE 4/4 ad valorem tax base.</summary>
    public Amount? AdValoremTaxBase { get; init; }

    /// <summary>DE 4/5 tax rate.</summary>
    public decimal? TaxRate { get; init; }

    public Amount? DeductAmount { get; init; }

    /// <summary>DE 4/6 payable tax amount.</summary>
    public Amount? TaxAssessedAmount { get; init; }

    /// <summary>DE 4/7 total taxes.</summary>
    public Amount? PaymentAmount { get; init; }

    /// <summary>DE 4/8 method of payment, e.g. <c>E</c> deferment, <c>A</c> immediate.</summary>
    public string? MethodCode { get; init; }
}

/// <summary>How a commodity code (DE 6/14 + DE 6/15) is derived from the declared classifications.</summary>
internal static class CommodityCodes
{
    /// <summary>
    /// The combined nomenclature code (<c>TSP</c>, or a numeric <c>GN</c>) followed by the 2-digit TARIC code
    /// (<c>TRC</c>) when the former has 8 digits. Null when no combined nomenclature code is declared.
    /// </summary>
    public static string? FromClassifications(IEnumerable<Classification> classifications)
    {
        string? nomenclature = null;
        string? numericNational = null;
        string? taric = null;
        foreach (var classification in classifications)
        {
            switch (classification.Type)
            {
                case "TSP":
                    nomenclature ??= classification.Id;
                    break;
                case "GN" when IsDigits(classification.Id):
                    numericNational ??= classification.Id;
                    break;
                case "TRC":
                    taric ??= classification.Id;
                    break;
                default:
                    break;
            }
        }

        var code = nomenclature ?? numericNational;
        if (code is null)
        {
            return null;
        }

        return code.Length == 8 && taric is not null ? code + taric : code;
    }

    private static bool IsDigits(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);
}
