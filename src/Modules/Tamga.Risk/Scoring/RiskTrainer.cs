using System.Diagnostics;
using System.Globalization;

using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Tamga.Risk.Scoring;

/// <summary>Settings of a training run. The defaults are the production settings; every run with them is reproducible.</summary>
internal sealed record RiskTrainingOptions
{
    public int Seed { get; init; } = 20_210_401;

    /// <summary>Folds of the out-of-fold target statistics.</summary>
    public int Folds { get; init; } = 5;

    public int Iterations { get; init; } = 400;

    public double LearningRate { get; init; } = 0.05;

    public int Leaves { get; init; } = 31;

    public int MinimumRowsPerLeaf { get; init; } = 20;

    public double FeatureFraction { get; init; } = 0.8;

    public double RowFraction { get; init; } = 0.8;

    public double L2 { get; init; } = 1.0;

    /// <summary>
    /// Threads LightGBM may use. One by default: the result is the same on every machine, and OpenMP threads that
    /// wait by spinning make training slower, not faster, on a busy two-core server.
    /// </summary>
    public int Threads { get; init; } = 1;

    public IReadOnlyDictionary<string, string> Describe() => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["folds"] = Folds.ToString(CultureInfo.InvariantCulture),
        ["iterations"] = Iterations.ToString(CultureInfo.InvariantCulture),
        ["learningRate"] = LearningRate.ToString(CultureInfo.InvariantCulture),
        ["leaves"] = Leaves.ToString(CultureInfo.InvariantCulture),
        ["minimumRowsPerLeaf"] = MinimumRowsPerLeaf.ToString(CultureInfo.InvariantCulture),
        ["featureFraction"] = FeatureFraction.ToString(CultureInfo.InvariantCulture),
        ["rowFraction"] = RowFraction.ToString(CultureInfo.InvariantCulture),
        ["l2"] = L2.ToString(CultureInfo.InvariantCulture),
        ["smoothing"] = FeatureEncoder.Smoothing.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// Trains the scoring model on past control results: fits the feature statistics (out of fold on the training
/// rows), then a LightGBM binary classifier on "irregularity found". Prints its progress.
/// </summary>
internal static class RiskTrainer
{
    public const string TrainerName = "LightGBM binary (ML.NET)";

    public static RiskModel Train(IReadOnlyList<RiskRecord> history, RiskTrainingOptions options, TimeProvider clock, Action<string> progress)
    {
        var controlled = history.Where(r => r.Fraud is not null).ToList();
        if (controlled.Count == 0 || controlled.All(r => r.Fraud == true) || controlled.All(r => r.Fraud == false))
        {
            throw new InvalidOperationException("Training needs control results with and without findings.");
        }

        var watch = Stopwatch.StartNew();
        progress($"training: {controlled.Count} controlled rows from {controlled.Min(r => r.Date):yyyy-MM-dd} to {controlled.Max(r => r.Date):yyyy-MM-dd}, seed {options.Seed}");
        var (encoder, features) = FeatureEncoder.FitTransform(controlled, options.Folds, options.Seed, progress);
        progress(string.Create(CultureInfo.InvariantCulture, $"training: features ready in {watch.Elapsed.TotalSeconds:0.0} s"));

        var ml = new MLContext(options.Seed);
        var rows = controlled.Select((r, i) => new FeatureRow { Features = features[i], Label = r.Fraud == true }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, FeatureRow.Schema());
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            NumberOfIterations = options.Iterations,
            LearningRate = options.LearningRate,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinimumRowsPerLeaf,
            HandleMissingValue = true,
            UseCategoricalSplit = false,
            Seed = options.Seed,
            NumberOfThreads = options.Threads,
            Silent = true,
            Booster = new GradientBooster.Options
            {
                FeatureFraction = options.FeatureFraction,
                SubsampleFraction = options.RowFraction,
                SubsampleFrequency = 1,
                L2Regularization = options.L2,
            },
        });
        progress($"training: LightGBM, {options.Iterations} trees of {options.Leaves} leaves, learning rate {options.LearningRate.ToString(CultureInfo.InvariantCulture)}");
        var prediction = trainer.Fit(data);
        progress(string.Create(CultureInfo.InvariantCulture, $"training: trees grown in {watch.Elapsed.TotalSeconds:0.0} s (process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.0} s)"));

        var contributions = ml.Transforms.CalculateFeatureContribution(prediction, numberOfPositiveContributions: 8, numberOfNegativeContributions: 0, normalize: false);
        var explainer = prediction.Append(contributions.Fit(prediction.Transform(data)));

        var calibration = MeanExplorationPriority(controlled, rows, encoder, ml, prediction);
        var manifest = new RiskModelManifest(
            Version: "",
            TrainedAt: clock.GetUtcNow(),
            Rows: controlled.Count,
            Findings: controlled.Count(r => r.Fraud == true),
            FirstDate: controlled.Min(r => r.Date),
            LastDate: controlled.Max(r => r.Date),
            Seed: options.Seed,
            Trainer: TrainerName,
            Parameters: options.Describe(),
            FeatureFormat: FeatureEncoder.FormatVersion,
            ExplorationMeanPriority: calibration);
        progress(string.Create(CultureInfo.InvariantCulture, $"training: done in {watch.Elapsed.TotalSeconds:0.0} s"));
        return new RiskModel(manifest, encoder, ml, prediction, explainer, data.Schema);
    }

    /// <summary>
    /// The mean exploration priority over (at most 5,000 evenly spaced) training rows: production scales each
    /// declaration's exploration probability by its priority against this mean.
    /// </summary>
    private static double MeanExplorationPriority(IReadOnlyList<RiskRecord> records, IReadOnlyList<FeatureRow> rows, FeatureEncoder encoder, MLContext ml, ITransformer prediction)
    {
        var step = Math.Max(1, records.Count / 5_000);
        var sample = Enumerable.Range(0, (records.Count + step - 1) / step).Select(i => i * step).ToList();
        var scored = prediction.Transform(ml.Data.LoadFromEnumerable(sample.Select(i => rows[i]), FeatureRow.Schema()));
        var scores = scored.GetColumn<float>("Probability").ToArray();
        var sum = 0.0;
        for (var j = 0; j < sample.Count; j++)
        {
            sum += ExplorationPriority.Of(scores[j], ExplorationPriority.PastControls(encoder, records[sample[j]]));
        }

        return sample.Count == 0 ? 0 : sum / sample.Count;
    }
}