using System.Globalization;
using Tamga.Platform.Text;
using Tamga.Tariff.Catalogue;
using Tamga.Tariff.ClassifyGoods;
using Tamga.Tariff.Domain;
using Tamga.Tariff.LoadTariff;

namespace Tamga.Tariff.Tests;

/// <summary>
/// The real tariff in memory, without a database: HS 2022 from the reference data's shipped file, the UK tariff
/// from the file shipped with the module, measures made by the loader's own code.
/// </summary>
public static class TestTariff
{
    private static readonly Lazy<TariffSnapshot> Loaded = new(Load);

    internal static TariffSnapshot Snapshot => Loaded.Value;

    internal static TariffCatalogue Catalogue()
    {
        var catalogue = new TariffCatalogue();
        catalogue.Replace(Snapshot);
        return catalogue;
    }

    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Tamga.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("Tamga.sln not found above the test output.");
        }
    }

    internal static IReadOnlyList<UkTariffRow> UkRows { get; } = UkTariffSource.Read(UkTariffSource.FilePath).Rows;

    internal static IReadOnlyList<LabelledDescription> Samples =>
        ClassificationEvaluation.ReadSamples(Path.Combine(RepositoryRoot, "tests", "data", "wco-dms", "index.json"));

    private static TariffSnapshot Load()
    {
        var folder = Path.Combine(RepositoryRoot, "src", "Modules", "Tamga.ReferenceData", "Sources", "harmonized-system");
        var hs = new List<HsEntry>();
        using (var reader = new StreamReader(Path.Combine(folder, "sections.csv")))
        {
            hs.AddRange(Csv.ReadWithHeader(reader).Select(r => new HsEntry { VersionId = NomenclatureVersion.Hs2022, Code = r.Row["section"], Description = r.Row["name"], Level = 1 }));
        }

        using (var reader = new StreamReader(Path.Combine(folder, "harmonized-system.csv")))
        {
            hs.AddRange(Csv.ReadWithHeader(reader)
                .Where(r => r.Row["hscode"].All(char.IsAsciiDigit) && !r.Row["hscode"].StartsWith("9999", StringComparison.Ordinal))
                .Select(r => new HsEntry
                {
                    VersionId = NomenclatureVersion.Hs2022,
                    Code = r.Row["hscode"],
                    Description = r.Row["description"],
                    Parent = r.Row["parent"] == "TOTAL" ? r.Row["section"] : r.Row["parent"],
                    Level = int.Parse(r.Row["level"], CultureInfo.InvariantCulture),
                }));
        }

        var subheadings = hs.Where(e => e.Level == 6).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var lines = UkRows.Select(r => new TariffLine
        {
            VersionId = NomenclatureVersion.UkTariff,
            Code = r.Code,
            Description = r.Description,
            Hs2022Subheading = subheadings.Contains(r.Code[..6]) ? r.Code[..6] : null,
            CetUntilTradeRemedyReview = r.CetUntilTradeRemedyReview,
        }).ToList();
        long id = 1;
        var measures = new List<Measure>();
        foreach (var row in UkRows)
        {
            measures.AddRange(TariffLoader.DutyMeasures(ref id, row.Code, row.CetDutyRate, "cet", UkTariffSource.CetFrom,
                row.CetUntilTradeRemedyReview ? null : UkTariffSource.CetTo, UkTariffSource.CetLegalBase, null, null));
            measures.AddRange(TariffLoader.DutyMeasures(ref id, row.Code, row.UkgtDutyRate, "ukgt", UkTariffSource.UkgtFrom, null,
                UkTariffSource.UkgtLegalBase, row.CetUntilTradeRemedyReview ? UkTariffSource.PendingTradeRemedyReview : null, null));
        }

        NomenclatureVersion[] versions =
        [
            new() { Id = NomenclatureVersion.Hs2022, Name = "HS 2022", Kind = NomenclatureKind.HarmonizedSystem, Basis = "HS 2022", Source = "test", ContentHash = "", EffectiveFrom = new DateOnly(2022, 1, 1) },
            new() { Id = NomenclatureVersion.UkTariff, Name = "UK", Kind = NomenclatureKind.NationalTariff, Basis = "HS 2017", Source = "test", ContentHash = "", EffectiveFrom = UkTariffSource.NomenclatureFrom },
        ];
        return new TariffSnapshot(versions, hs, lines, measures);
    }
}
