using System.Globalization;
using Tamga.Platform.Text;
using Tamga.Tariff.Contracts;

namespace Tamga.Tariff.CompileMeasures;

/// <summary>A measure type's national tax type (DE 4/3), e.g. 103 third-country duty → <c>A00</c> in the UK.</summary>
internal sealed record TaxTypeMapping(string MeasureType, TaxTypeInfo TaxType);

/// <summary>
/// A rate a national additional code (DE 6/17) selects, e.g. <c>VATZ</c>: VAT at 0% on every line for goods the law
/// zero-rates. The declarant declares the code; the tariff holds the rate and its legal base.
/// </summary>
internal sealed record AdditionalCodeRate(string AdditionalCode, string MeasureType, decimal Rate, DateOnly ValidFrom, string Description, string LegalBase);

/// <summary>
/// The national tax data the tariff ships beside its measures (embedded CSV files of this folder): which tax type each
/// measure type is assessed under, its rounding, and the rates selected by national additional codes.
/// </summary>
/// <summary>An ad valorem preferential rate on every line for goods originating in a group of countries, claimed with a DE 4/17 preference.</summary>
internal sealed record OriginPreference(string Preference, string MeasureType, IReadOnlyList<string> Countries, string Group, decimal Rate, DateOnly ValidFrom, string Description, string LegalBase);

/// <summary>An excise rate a national additional code (DE 6/17) selects on every line: an amount per unit of a quantity.</summary>
internal sealed record ExciseRate(string AdditionalCode, string MeasureType, decimal Rate, string Unit, decimal UnitSize, QuantityBasis Basis, DateOnly ValidFrom, DateOnly? ValidTo, string Description, string LegalBase);

internal static class NationalTaxData
{
    /// <summary>Excise rates by national additional code (wine duty, tobacco products duty).</summary>
    public static IReadOnlyList<ExciseRate> ExciseRates { get; } =
        Rows("uk-excise.csv").Select(row => new ExciseRate(
            row["additionalCode"],
            row["measureType"],
            decimal.Parse(row["rate"], NumberStyles.Number, CultureInfo.InvariantCulture),
            row["unit"],
            decimal.Parse(row["unitSize"], NumberStyles.Number, CultureInfo.InvariantCulture),
            Enum.Parse<QuantityBasis>(row["basis"]),
            DateOnly.ParseExact(row["validFrom"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            row["validTo"].Length == 0 ? null : DateOnly.ParseExact(row["validTo"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            row["description"],
            row["legalBase"])).ToList();

    public const string Currency = "GBP";

    public static IReadOnlyList<TaxTypeMapping> TaxTypes { get; } = ReadTaxTypes();

    public static IReadOnlyList<AdditionalCodeRate> AdditionalCodeRates { get; } = ReadAdditionalCodes();

    /// <summary>
    /// Preferential rates that a trade agreement sets for every line (e.g. 0% for goods originating in the EU under the
    /// Trade and Cooperation Agreement), one per country of the agreement's origin group.
    /// </summary>
    public static IReadOnlyList<OriginPreference> Preferences { get; } = ReadPreferences();

    private static List<OriginPreference> ReadPreferences()
    {
        var groups = Rows("origin-groups.csv").ToLookup(r => r["group"], r => r["country"], StringComparer.Ordinal);
        return Rows("uk-preferences.csv").Select(row => new OriginPreference(
            row["preference"],
            row["measureType"],
            [.. groups[row["originGroup"]]],
            row["originGroup"],
            decimal.Parse(row["rate"], NumberStyles.Number, CultureInfo.InvariantCulture),
            DateOnly.ParseExact(row["validFrom"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            row["description"],
            row["legalBase"])).ToList();
    }

    /// <summary>Codes of a later HS edition served by the line of the loaded (earlier) edition that covered the goods.</summary>
    public static IReadOnlyList<CodeCorrelation> Correlations { get; } =
        Rows("hs-correlations.csv").Select(row => new CodeCorrelation(row["code"], row["line"], row["explanation"], row["source"])).ToList();

    /// <summary>Reliefs keyed to an additional procedure (DE 1/11) and a ceiling on the consignment's value.</summary>
    public static IReadOnlyList<ValueRelief> Reliefs { get; } =
        Rows("uk-value-reliefs.csv").Select(row => new ValueRelief(
            row["additionalProcedure"],
            row["maxConsignmentValue"].Length == 0 ? null : decimal.Parse(row["maxConsignmentValue"], NumberStyles.Number, CultureInfo.InvariantCulture),
            row["treatment"].Split('|').Aggregate(ItemTreatment.None, (all, one) => all | Enum.Parse<ItemTreatment>(one)),
            row["description"],
            row["legalBase"])).ToList();

    /// <summary>Goods a restricted national additional code (e.g. <c>VATR</c>) may be claimed for, by commodity code prefix.</summary>
    public static IReadOnlyList<AdditionalCodeScope> AdditionalCodeScopes { get; } =
        Rows("uk-vat-reduced-rate-goods.csv").Select(row => new AdditionalCodeScope(
            row["additionalCode"],
            row["codePrefix"],
            DateOnly.ParseExact(row["validFrom"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            row["validTo"].Length == 0 ? null : DateOnly.ParseExact(row["validTo"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            row["goods"],
            row["legalBase"])).ToList();

    /// <summary>Tariff quotas whose terms the tariff holds (order number, goods, origins, volume, period, in-quota rate).</summary>
    public static IReadOnlyList<TariffQuotaTerms> Quotas { get; } =
        Rows("uk-tariff-quotas.csv").Select(row => new TariffQuotaTerms(
            row["orderNumber"],
            row["codePrefixes"].Split('|', StringSplitOptions.RemoveEmptyEntries),
            row["origins"].Split('|', StringSplitOptions.RemoveEmptyEntries),
            row["preferences"].Split('|', StringSplitOptions.RemoveEmptyEntries),
            decimal.Parse(row["inQuotaRate"], NumberStyles.Number, CultureInfo.InvariantCulture),
            decimal.Parse(row["volume"], NumberStyles.Number, CultureInfo.InvariantCulture),
            row["unit"],
            DateOnly.ParseExact(row["periodStart"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly.ParseExact(row["periodEnd"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            row["description"],
            row["legalBase"])).ToList();

    /// <summary>The de minimis reporting threshold on a consignment's customs value.</summary>
    public static ReportingThreshold? ReportingThreshold { get; } =
        Rows("uk-reporting-threshold.csv").Select(row => new ReportingThreshold(
            decimal.Parse(row["value"], NumberStyles.Number, CultureInfo.InvariantCulture),
            row["description"],
            row["legalBase"])).FirstOrDefault();

    /// <summary>Goods entering Northern Ireland: when the EU duty replaces the UK customs duty.</summary>
    public static OtherTerritoryRule OtherTerritory { get; } = ReadOtherTerritory();

    private static OtherTerritoryRule ReadOtherTerritory()
    {
        var rows = Rows("uk-other-territory.csv").ToList();
        List<string> Codes(string role) => rows.Where(r => r["role"] == role).Select(r => r["code"]).ToList();
        string Text(string role) => rows.FirstOrDefault(r => r["role"] == role)?["meaning"] ?? "";
        return new OtherTerritoryRule(
            Codes("movement"),
            Codes("not-at-risk"),
            Codes("not-at-risk-with-authorisation"),
            Codes("authorisation"),
            Text("rule"),
            Text("legal-base"));
    }

    private static IEnumerable<IReadOnlyDictionary<string, string>> Rows(string name)
    {
        using var stream = typeof(NationalTaxData).Assembly.GetManifestResourceStream("Tamga.Tariff.CompileMeasures." + name)
            ?? throw new InvalidOperationException($"The tariff's embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return Csv.ReadWithHeader(reader).Select(r => r.Row).ToList();
    }

    private static List<TaxTypeMapping> ReadTaxTypes()
    {
        var byCode = new Dictionary<string, TaxTypeInfo>(StringComparer.Ordinal);
        var result = new List<TaxTypeMapping>();
        foreach (var row in Rows("uk-tax-types.csv"))
        {
            var code = row["taxType"];
            if (!byCode.TryGetValue(code, out var info))
            {
                info = new TaxTypeInfo(
                    code,
                    row["name"],
                    Enum.Parse<TaxCategory>(row["category"]),
                    int.Parse(row["decimals"], CultureInfo.InvariantCulture),
                    Enum.Parse<RoundingRule>(row["rounding"]),
                    row["roundingSource"]);
                byCode[code] = info;
            }

            result.Add(new TaxTypeMapping(row["measureType"], info));
        }

        return result;
    }

    private static List<AdditionalCodeRate> ReadAdditionalCodes() =>
        Rows("uk-vat-additional-codes.csv").Select(row => new AdditionalCodeRate(
            row["additionalCode"],
            row["measureType"],
            decimal.Parse(row["rate"], NumberStyles.Number, CultureInfo.InvariantCulture),
            DateOnly.ParseExact(row["validFrom"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            row["description"],
            row["legalBase"])).ToList();
}
