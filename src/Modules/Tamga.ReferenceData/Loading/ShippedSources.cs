using Tamga.Platform.Text;
using Tamga.ReferenceData.Contracts;

namespace Tamga.ReferenceData.Loading;

/// <summary>A batch of codes for one list, from one source at one version.</summary>
internal sealed record CodeBatch(string List, string Version, string Source, IReadOnlyList<CodeRow> Rows);

internal sealed record CodeRow(string Code, string Description, string? DescriptionFr = null, string? DescriptionRu = null, string? Parent = null, int? Level = null, string? Source = null);

/// <summary>Reads the data files shipped in <c>reference-data/</c> beside the executable.</summary>
internal static class ShippedSources
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "reference-data");

    public static IEnumerable<CodeBatch> All()
    {
        yield return Countries();
        yield return AdministrationCountries();
        yield return Currencies();
        yield return HsSections();
        yield return Hs2022();
        yield return Simple(CodeListNames.LocodeFunctions, "un-locode/function-classifiers.csv", "FunctionCode", "FunctionDescription", "UN/LOCODE 2025-1");
        yield return Simple(CodeListNames.LocodeStatus, "un-locode/status-indicators.csv", "STStatus", "STDescription", "UN/LOCODE 2025-1");
        yield return Subdivisions();
    }

    private static IEnumerable<(int Line, IReadOnlyDictionary<string, string> Row)> Rows(string relative)
    {
        using var reader = new StreamReader(Path.Combine(Folder, relative));
        foreach (var row in Csv.ReadWithHeader(reader))
        {
            yield return row;
        }
    }

    private static CodeBatch Countries()
    {
        var rows = Rows("country-codes/country-codes.csv")
            .Where(r => r.Row["ISO3166-1-Alpha-2"].Length == 2)
            .Select(r => new CodeRow(
                r.Row["ISO3166-1-Alpha-2"],
                First(r.Row["CLDR display name"], r.Row["UNTERM English Short"], r.Row["official_name_en"]),
                NullIfEmpty(r.Row["UNTERM French Short"]),
                NullIfEmpty(r.Row["UNTERM Russian Short"])))
            .ToList();
        return new CodeBatch(CodeListNames.Countries, "datasets/country-codes@caa72d1", "ISO 3166-1", rows);
    }

    private static CodeBatch AdministrationCountries()
    {
        var rows = Rows("administration/additional-country-codes.csv")
            .Select(r => new CodeRow(r.Row["code"], r.Row["description"], NullIfEmpty(r.Row["description_fr"]), NullIfEmpty(r.Row["description_ru"]), Source: "administration"))
            .ToList();
        return new CodeBatch(CodeListNames.Countries, "administration-1", "administration", rows);
    }

    private static CodeBatch Currencies()
    {
        var rows = Rows("currency-codes/codes-all.csv")
            .Where(r => r.Row["AlphabeticCode"].Length == 3 && r.Row["WithdrawalDate"].Length == 0)
            .GroupBy(r => r.Row["AlphabeticCode"], StringComparer.Ordinal)
            .Select(g => new CodeRow(g.Key, g.First().Row["Currency"]))
            .ToList();
        return new CodeBatch(CodeListNames.Currencies, "datasets/currency-codes@ab9b0ae", "ISO 4217", rows);
    }

    private static CodeBatch HsSections()
    {
        var rows = Rows("harmonized-system/sections.csv").Select(r => new CodeRow(r.Row["section"], r.Row["name"], Level: 1)).ToList();
        return new CodeBatch(CodeListNames.HsSections, "HS2022", "WCO HS 2022 (UN Comtrade extract)", rows);
    }

    private static CodeBatch Hs2022()
    {
        var rows = Rows("harmonized-system/harmonized-system.csv")
            .Where(r => r.Row["hscode"].All(char.IsAsciiDigit) && !r.Row["hscode"].StartsWith("9999", StringComparison.Ordinal))
            .Select(r => new CodeRow(
                r.Row["hscode"],
                r.Row["description"],
                Parent: r.Row["parent"] == "TOTAL" ? r.Row["section"] : r.Row["parent"],
                Level: int.Parse(r.Row["level"], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return new CodeBatch(CodeListNames.Hs2022, "HS2022", "WCO HS 2022 (UN Comtrade extract)", rows);
    }

    private static CodeBatch Subdivisions()
    {
        var rows = Rows("un-locode/subdivision-codes.csv")
            .Where(r => r.Row["SUCountry"].Length == 2 && r.Row["SUCode"].Length > 0)
            .GroupBy(r => r.Row["SUCountry"] + "-" + r.Row["SUCode"], StringComparer.Ordinal)
            .Select(g => new CodeRow(g.Key, g.First().Row["SUName"], Parent: g.First().Row["SUCountry"]))
            .ToList();
        return new CodeBatch(CodeListNames.LocodeSubdivisions, "UN/LOCODE 2025-1", "UN/LOCODE", rows);
    }

    private static CodeBatch Simple(string list, string relative, string codeColumn, string descriptionColumn, string version) =>
        new(list, version, "UN/LOCODE", Rows(relative).Select(r => new CodeRow(r.Row[codeColumn], r.Row[descriptionColumn])).ToList());

    private static string First(params string[] values) => values.FirstOrDefault(v => v.Length > 0) ?? "";

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
