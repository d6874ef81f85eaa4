using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Tamga.Risk.Scoring;

/// <summary>
/// A trained scoring model: the fitted feature statistics and the LightGBM trees, with an explanation of each
/// score (the features that raised it). Saved as one versioned file; thread-safe for scoring.
/// </summary>
internal sealed class RiskModel
{
    public const string FileExtension = ".risk-model.zip";

    private const int ExplainedFeatures = 5;

    private readonly MLContext ml;
    private readonly ITransformer scorer;
    private readonly ITransformer explainer;
    private readonly DataViewSchema inputSchema;
    private readonly ConcurrentBag<PredictionEngine<FeatureRow, ExplainedScore>> engines = [];

    public RiskModel(RiskModelManifest manifest, FeatureEncoder encoder, MLContext ml, ITransformer scorer, ITransformer explainer, DataViewSchema inputSchema)
    {
        Manifest = manifest;
        Encoder = encoder;
        Exploration = new ExplorationScale(manifest.ExplorationMeanPriority ?? 0);
        this.ml = ml;
        this.scorer = scorer;
        this.explainer = explainer;
        this.inputSchema = inputSchema;
    }

    public RiskModelManifest Manifest { get; private set; }

    public FeatureEncoder Encoder { get; }

    /// <summary>The mean exploration priority of the declarations this model has met (see <see cref="ExplorationScale"/>).</summary>
    public ExplorationScale Exploration { get; }

    /// <summary>The model's version: training time and a hash of its content, e.g. <c>20261129T150102Z-1a2b3c4d</c>.</summary>
    public string Version => Manifest.Version;

    /// <summary>Probability of an irregularity for many rows at once (benchmarks, re-scoring).</summary>
    public double[] Score(IReadOnlyList<RiskRecord> records)
    {
        var rows = records.Select(r => new FeatureRow { Features = Encoder.Transform(r) }).ToList();
        return ScoreFeatures(rows);
    }

    internal double[] ScoreFeatures(IReadOnlyList<FeatureRow> rows)
    {
        var data = ml.Data.LoadFromEnumerable(rows, FeatureRow.Schema());
        var scored = scorer.Transform(data);
        return scored.GetColumn<float>("Probability").Select(p => (double)p).ToArray();
    }

    /// <summary>Score of one goods item with the features that raised it most, described for an officer.</summary>
    public ExplainedRisk Assess(RiskRecord record)
    {
        var features = Encoder.Transform(record);
        if (!engines.TryTake(out var engine))
        {
            engine = ml.Model.CreatePredictionEngine<FeatureRow, ExplainedScore>(explainer, ignoreMissingColumns: true, inputSchemaDefinition: FeatureRow.Schema());
        }

        try
        {
            var result = new ExplainedScore();
            engine.Predict(new FeatureRow { Features = features }, ref result);
            var reasons = new List<FeatureContribution>(ExplainedFeatures);
            var contributions = result.FeatureContributions ?? [];
            foreach (var index in Enumerable.Range(0, contributions.Length).Where(i => contributions[i] > 0).OrderByDescending(i => contributions[i]).Take(ExplainedFeatures))
            {
                var info = FeatureEncoder.Features[index];
                reasons.Add(new FeatureContribution(info.Name, contributions[index], Describe(index, record, features[index])));
            }

            return new ExplainedRisk(result.Probability, reasons);
        }
        finally
        {
            engines.Add(engine);
        }
    }

    /// <summary>Words for one feature of one row, with the numbers behind it.</summary>
    private string Describe(int index, RiskRecord record, float value)
    {
        var info = FeatureEncoder.Features[index];
        var name = info.Name;
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var family = colon < 0 ? "" : name[(colon + 1)..];
        if (name.StartsWith("findings:", StringComparison.Ordinal) || name.StartsWith("controls:", StringComparison.Ordinal) || name.StartsWith("critical:", StringComparison.Ordinal))
        {
            var k = Array.FindIndex(FeatureEncoder.TargetKeys, f => f.Name == family);
            var (controls, findings) = Encoder.History(k, record);
            return controls == 0
                ? "no past control of the " + FeatureEncoder.TargetKeys[k].Description
                : string.Create(CultureInfo.InvariantCulture, $"{info.Description}: {findings} of {controls}");
        }

        switch (name)
        {
            case "log-net-mass" when !double.IsNaN(record.NetMassKg):
                return string.Create(CultureInfo.InvariantCulture, $"net mass: {record.NetMassKg:0.###} kg");
            case "log-value" when !double.IsNaN(record.ItemValue):
                return string.Create(CultureInfo.InvariantCulture, $"declared value: {record.ItemValue:0.##}");
            case "log-unit-value" when !double.IsNaN(record.ItemValue) && record.NetMassKg > 0:
                return string.Create(CultureInfo.InvariantCulture, $"value per kg: {record.ItemValue / record.NetMassKg:0.##}");
            default:
                break;
        }

        if (name.StartsWith("value-", StringComparison.Ordinal) && Encoder.UsualValue(record) is { } usual)
        {
            var ratio = Math.Exp(FeatureEncoder.LogUnitValue(record) - usual.LogUnitValue);
            return string.Create(CultureInfo.InvariantCulture, $"value per kg is {ratio:P0} of the usual for HS {record.CommodityCode[..Math.Min(6, record.CommodityCode.Length)]} ({usual.Count} declarations)");
        }

        if (name.StartsWith("count:", StringComparison.Ordinal))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{info.Description}: {Math.Round(double.ExpM1(value))} times before");
        }

        return float.IsNaN(value) ? info.Description + ": unknown" : string.Create(CultureInfo.InvariantCulture, $"{info.Description}: {value:0.###}");
    }

    /// <summary>Writes the model as one file: manifest, feature statistics, trees. Returns the file's path.</summary>
    public string Save(string directory)
    {
        Directory.CreateDirectory(directory);
        byte[] features;
        using (var buffer = new MemoryStream())
        {
            using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                Encoder.Write(writer);
            }

            features = buffer.ToArray();
        }

        byte[] trees;
        using (var buffer = new MemoryStream())
        {
            ml.Model.Save(explainer, inputSchema, buffer);
            trees = buffer.ToArray();
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData([.. features, .. trees]))[..8];
        Manifest = Manifest with { Version = Manifest.TrainedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + hash };
        var path = Path.Combine(directory, "risk-" + Manifest.Version + FileExtension);
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            Write(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(Manifest, ManifestJson.Options));
            Write(zip, "features.bin", features);
            Write(zip, "trees.zip", trees);
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    public static RiskModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Read);
        var manifest = JsonSerializer.Deserialize<RiskModelManifest>(ReadEntry(zip, "manifest.json"), ManifestJson.Options)
            ?? throw new InvalidDataException($"{path}: no manifest");
        FeatureEncoder encoder;
        using (var reader = new BinaryReader(new MemoryStream(ReadEntry(zip, "features.bin"))))
        {
            encoder = FeatureEncoder.Read(reader);
        }

        var ml = new MLContext(manifest.Seed);
        using var trees = new MemoryStream(ReadEntry(zip, "trees.zip"));
        var explainer = ml.Model.Load(trees, out var schema);
        var scorer = explainer is TransformerChain<ITransformer> chain ? chain.First() : explainer;
        return new RiskModel(manifest, encoder, ml, scorer, explainer, schema);
    }

    private static void Write(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"The model file has no {name}.");
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>
/// What a model file says about itself. <c>ExplorationMeanPriority</c> is the mean exploration priority
/// (<see cref="ExplorationPriority"/>) over the training rows, which scales exploration draws; files trained before it
/// existed have none and do not explore.
/// </summary>
internal sealed record RiskModelManifest(
    string Version,
    DateTimeOffset TrainedAt,
    int Rows,
    int Findings,
    DateOnly FirstDate,
    DateOnly LastDate,
    int Seed,
    string Trainer,
    IReadOnlyDictionary<string, string> Parameters,
    int FeatureFormat,
    double? ExplorationMeanPriority = null);

internal static class ManifestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

/// <summary>A score with the features that raised it.</summary>
internal sealed record ExplainedRisk(double Probability, IReadOnlyList<FeatureContribution> Reasons);

/// <summary>One feature's push on the score (in the model's raw units) and its words for the officer.</summary>
internal sealed record FeatureContribution(string Feature, double Weight, string Description);

/// <summary>The model's input row.</summary>
internal sealed class FeatureRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    public static SchemaDefinition Schema()
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, FeatureEncoder.FeatureCount);
        return schema;
    }
}

/// <summary>The model's output row: probability and the features' contributions.</summary>
internal sealed class ExplainedScore
{
    public float Probability { get; set; }

    public float[]? FeatureContributions { get; set; }
}