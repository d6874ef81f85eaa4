using Tamga.Risk.Scoring;

namespace Tamga.Risk.Tests;

/// <summary>The KCS synthetic declarations of <c>tests/data/customs-fraud/</c>, and small hand-made rows.</summary>
internal static class TestData
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    private static readonly Lazy<List<RiskRecord>> TrainRows = new(() => RiskRecordCsv.Read(TrainFile));

    public static string Kcs => Path.Combine(RootFolder.Value, "tests", "data", "customs-fraud", "kcs-synthetic-import-declarations");

    public static string TrainFile => Path.Combine(Kcs, "df_syn_train_eng.csv");

    public static string ValidFile => Path.Combine(Kcs, "df_syn_valid_eng.csv");

    /// <summary>The 2020 training declarations (37,385 rows).</summary>
    public static IReadOnlyList<RiskRecord> Train => TrainRows.Value;

    /// <summary>A small training set cut from the 2020 declarations: fast enough for unit tests.</summary>
    public static List<RiskRecord> Sample(int count, int skip = 0) => Train.Skip(skip).Take(count).ToList();

    public static RiskRecord Row(string id, string importer, string hs, string origin, bool fraud, double mass = 10, double value = 1000) => new()
    {
        Id = id,
        Date = new DateOnly(2020, 1, 1),
        Office = "10",
        Importer = importer,
        Declarant = "D1",
        Seller = "S1",
        CommodityCode = hs,
        OriginCountry = origin,
        DepartureCountry = origin,
        TaxType = "A",
        TaxRate = 8,
        NetMassKg = mass,
        ItemValue = value,
        Fraud = fraud,
        CriticalFraud = fraud ? 1 : 0,
    };

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Tamga.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{AppContext.BaseDirectory}' holds Tamga.sln.");
    }
}