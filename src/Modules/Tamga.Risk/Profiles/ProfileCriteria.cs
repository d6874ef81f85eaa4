using System.Globalization;
using Tamga.Declarations.Contracts;
using Tamga.Kernel.Errors;

namespace Tamga.Risk.Profiles;

/// <summary>
/// What a profile looks for. Every criterion that is set must hold: the declaration-level ones for the
/// declaration, the goods-item ones for at least one item. An empty list or a null bound sets nothing.
/// </summary>
public sealed record ProfileCriteria
{
    /// <summary>Parties (EORI/TIN) appearing as declarant, representative, importer or exporter.</summary>
    public IReadOnlyList<string> Parties { get; init; } = [];

    /// <summary>Declaration types (DE 1/1 + 1/2), e.g. IMA.</summary>
    public IReadOnlyList<string> DeclarationTypes { get; init; } = [];

    /// <summary>Mode of transport at the border (DE 7/4), one digit.</summary>
    public IReadOnlyList<string> TransportModes { get; init; } = [];

    /// <summary>Countries of dispatch/export (DE 5/14).</summary>
    public IReadOnlyList<string> DispatchCountries { get; init; } = [];

    /// <summary>Commodity code prefixes (chapter, heading, subheading, national line).</summary>
    public IReadOnlyList<string> CommodityPrefixes { get; init; } = [];

    /// <summary>Countries of origin (DE 5/15).</summary>
    public IReadOnlyList<string> OriginCountries { get; init; } = [];

    /// <summary>Procedure codes (DE 1/10), e.g. 4000.</summary>
    public IReadOnlyList<string> ProcedureCodes { get; init; } = [];

    /// <summary>Item value (DE 4/14) at or above which an item matches.</summary>
    public decimal? MinimumItemValue { get; init; }

    /// <summary>Value per kg of net mass below which an item matches (undervaluation).</summary>
    public decimal? MaximumValuePerKg { get; init; }

    internal bool IsEmpty =>
        Parties.Count + DeclarationTypes.Count + TransportModes.Count + DispatchCountries.Count + CommodityPrefixes.Count + OriginCountries.Count + ProcedureCodes.Count == 0
        && MinimumItemValue is null && MaximumValuePerKg is null;

    internal bool Matches(DeclarationFacts declaration)
    {
        if (Parties.Count > 0 && !Parties.Any(p => p == declaration.DeclarantId || p == declaration.RepresentativeId || p == declaration.ImporterId || p == declaration.ExporterId))
        {
            return false;
        }

        if ((DeclarationTypes.Count > 0 && !DeclarationTypes.Contains(declaration.TypeCode))
            || (TransportModes.Count > 0 && (declaration.BorderTransportMode is null || !TransportModes.Contains(declaration.BorderTransportMode)))
            || (DispatchCountries.Count > 0 && (declaration.ExportCountry is null || !DispatchCountries.Contains(declaration.ExportCountry))))
        {
            return false;
        }

        var invoiceShare = declaration.InvoiceAmount is { } invoice && declaration.Items.Count > 0 ? invoice / declaration.Items.Count : (decimal?)null;
        foreach (var item in declaration.Items)
        {
            if (Matches(item, item.ItemAmount ?? invoiceShare))
            {
                return true;
            }
        }

        return false;
    }

    private bool Matches(GoodsItemFacts item, decimal? value)
    {
        if ((CommodityPrefixes.Count > 0 && !CommodityPrefixes.Any(p => item.CommodityCode.StartsWith(p, StringComparison.Ordinal)))
            || (OriginCountries.Count > 0 && (item.OriginCountry is null || !OriginCountries.Contains(item.OriginCountry)))
            || (ProcedureCodes.Count > 0 && (item.ProcedureCode is null || !ProcedureCodes.Contains(item.ProcedureCode))))
        {
            return false;
        }

        if (MinimumItemValue is { } minimum && !(value >= minimum))
        {
            return false;
        }

        if (MaximumValuePerKg is { } ceiling)
        {
            return value is { } v && item.NetMassKg is > 0m && v / item.NetMassKg.Value < ceiling;
        }

        return true;
    }

    /// <summary>The broken rules, each naming its field (<paramref name="prefix"/> + criterion).</summary>
    internal IEnumerable<RuleViolation> Check(string prefix)
    {
        foreach (var party in Parties.Where(p => !IsCode(p, 2, 17, char.IsAsciiLetterOrDigit)))
        {
            yield return new RuleViolation(prefix + "parties", "RISK-CRITERIA-PARTY", $"'{party}' is not a party identifier (2 to 17 letters or digits, e.g. an EORI).");
        }

        foreach (var type in DeclarationTypes.Where(t => !IsCode(t, 2, 3, char.IsAsciiLetterUpper)))
        {
            yield return new RuleViolation(prefix + "declarationTypes", "RISK-CRITERIA-TYPE", $"'{type}' is not a declaration type (2–3 capital letters, e.g. IM or IMA).");
        }

        foreach (var mode in TransportModes.Where(m => !IsCode(m, 1, 1, char.IsAsciiDigit)))
        {
            yield return new RuleViolation(prefix + "transportModes", "RISK-CRITERIA-MODE", $"'{mode}' is not a mode of transport (one digit, DE 7/4).");
        }

        foreach (var country in DispatchCountries.Concat(OriginCountries).Where(c => !IsCode(c, 2, 2, char.IsAsciiLetterUpper)))
        {
            yield return new RuleViolation(prefix + (DispatchCountries.Contains(country) ? "dispatchCountries" : "originCountries"), "RISK-CRITERIA-COUNTRY", $"'{country}' is not an ISO 3166 alpha-2 country code.");
        }

        foreach (var code in CommodityPrefixes.Where(c => !IsCode(c, 2, 10, char.IsAsciiDigit)))
        {
            yield return new RuleViolation(prefix + "commodityPrefixes", "RISK-CRITERIA-COMMODITY", $"'{code}' is not a commodity code prefix (2 to 10 digits).");
        }

        foreach (var code in ProcedureCodes.Where(c => !IsCode(c, 4, 4, char.IsAsciiDigit)))
        {
            yield return new RuleViolation(prefix + "procedureCodes", "RISK-CRITERIA-PROCEDURE", $"'{code}' is not a procedure code (4 digits, DE 1/10).");
        }

        if (MinimumItemValue is < 0m or > 1_000_000_000_000m)
        {
            yield return new RuleViolation(prefix + "minimumItemValue", "RISK-CRITERIA-VALUE", "The minimum item value is between 0 and 1,000,000,000,000.");
        }

        if (MaximumValuePerKg is <= 0m or > 1_000_000_000m)
        {
            yield return new RuleViolation(prefix + "maximumValuePerKg", "RISK-CRITERIA-VALUE", "The value per kg threshold is above 0 and at most 1,000,000,000.");
        }

        if (IsEmpty)
        {
            yield return new RuleViolation(prefix.TrimEnd('.').Length == 0 ? "criteria" : prefix.TrimEnd('.'), "RISK-CRITERIA-EMPTY", "A profile needs at least one criterion: it would otherwise select every declaration.");
        }
    }

    /// <summary>The criteria in words, for lists and the audit trail.</summary>
    internal string Describe()
    {
        var parts = new List<string>();
        Add("party", Parties);
        Add("type", DeclarationTypes);
        Add("transport mode", TransportModes);
        Add("dispatched from", DispatchCountries);
        Add("commodity", CommodityPrefixes.Select(p => p + "…").ToList());
        Add("origin", OriginCountries);
        Add("procedure", ProcedureCodes);
        if (MinimumItemValue is { } minimum)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"item value ≥ {minimum:0.##}"));
        }

        if (MaximumValuePerKg is { } ceiling)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"value per kg < {ceiling:0.##}"));
        }

        return string.Join("; ", parts);

        void Add(string label, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                parts.Add($"{label} {string.Join(", ", values)}");
            }
        }
    }

    private static bool IsCode(string value, int min, int max, Func<char, bool> allowed) =>
        value.Length >= min && value.Length <= max && value.All(allowed);
}
