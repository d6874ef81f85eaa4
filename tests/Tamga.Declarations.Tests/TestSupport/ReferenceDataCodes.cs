using System.Collections.Frozen;

using Tamga.Declarations.Intake;

namespace Tamga.Declarations.Tests.TestSupport;

/// <summary>
/// <see cref="IDeclarationCodes"/> read from the repository's reference data: ISO 3166-1 alpha-2 countries plus
/// the UK administration's own codes seen in the samples, ISO 4217 currencies still in use, and the Harmonized
/// System 2022 headings and subheadings.
/// </summary>
internal sealed class ReferenceDataCodes : IDeclarationCodes
{
    /// <summary>
    /// Codes CDS accepts that ISO 3166 does not have: XI Northern Ireland; continental shelf codes ZG, ZL (Italy's),
    /// ZN (Norway's) and ZU (the UK's), all used by accepted samples.
    /// </summary>
    public static readonly string[] AdministrationCountryCodes = ["XI", "ZG", "ZL", "ZN", "ZU"];

    private static readonly Lazy<ReferenceDataCodes> Loaded = new(Load);

    private readonly FrozenSet<string> _countries;
    private readonly FrozenSet<string> _currencies;
    private readonly FrozenSet<string> _headings;

    private ReferenceDataCodes(FrozenSet<string> countries, FrozenSet<string> currencies, FrozenSet<string> headings)
    {
        _countries = countries;
        _currencies = currencies;
        _headings = headings;
    }

    public static ReferenceDataCodes Instance => Loaded.Value;

    public bool IsCountry(string code) => _countries.Contains(code);

    public bool IsCurrency(string code) => _currencies.Contains(code);

    public bool IsKnownCommodityHeading(string hs4or6) => _headings.Contains(hs4or6);

    private static ReferenceDataCodes Load()
    {
        var sources = RepositoryPaths.ReferenceSources;
        var countries = Csv.Rows(Path.Combine(sources, "country-codes", "country-codes.csv"))
            .Select(static row => row["ISO3166-1-Alpha-2"])
            .Where(static code => code.Length == 2)
            .Concat(AdministrationCountryCodes);
        var currencies = Csv.Rows(Path.Combine(sources, "currency-codes", "codes-all.csv"))
            .Where(static row => row["WithdrawalDate"].Length == 0)
            .Select(static row => row["AlphabeticCode"])
            .Where(static code => code.Length == 3);
        var headings = Csv.Rows(Path.Combine(sources, "harmonized-system", "harmonized-system.csv"))
            .Select(static row => row["hscode"])
            .Where(static code => code.Length is 4 or 6);
        return new ReferenceDataCodes(
            countries.ToFrozenSet(StringComparer.Ordinal),
            currencies.ToFrozenSet(StringComparer.Ordinal),
            headings.ToFrozenSet(StringComparer.Ordinal));
    }
}
