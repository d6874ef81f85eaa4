using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using Tamga.Declarations.Contracts;
using Tamga.Platform;
using Tamga.Risk.Profiles;
using Tamga.Risk.Scoring;
using Tamga.Risk.Selectivity;

namespace Tamga.Risk.Tests;

/// <summary>A small model trained once for the tests of this class (a few seconds).</summary>
public sealed class SmallModel
{
    public SmallModel()
    {
        Training = TestData.Sample(6000);
        Model = RiskTrainer.Train(Training, Options, TimeProvider.System, _ => { });
    }

    internal static RiskTrainingOptions Options { get; } = new() { Iterations = 40, Seed = 11 };

    internal List<RiskRecord> Training { get; }

    internal RiskModel Model { get; }
}

public sealed class RiskModelTests(SmallModel small) : IClassFixture<SmallModel>, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tamga-risk-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Training_IsReproducible_WithTheSameSeed()
    {
        var again = RiskTrainer.Train(small.Training, SmallModel.Options, TimeProvider.System, _ => { });
        var probe = TestData.Sample(200, skip: 20_000);
        Assert.Equal(small.Model.Score(probe), again.Score(probe));
    }

    [Fact]
    public void Scores_ArePropabilities_AndExplainedByFeaturesThatRaisedThem()
    {
        var probe = TestData.Sample(300, skip: 20_000);
        var scores = small.Model.Score(probe);
        Assert.All(scores, s => Assert.InRange(s, 0, 1));

        var riskiest = probe[Array.IndexOf(scores, scores.Max())];
        var explained = small.Model.Assess(riskiest);
        Assert.Equal(scores.Max(), explained.Probability, 4);
        Assert.NotEmpty(explained.Reasons);
        Assert.All(explained.Reasons, r => Assert.True(r.Weight > 0));
        Assert.All(explained.Reasons, r => Assert.Contains(r.Feature, FeatureEncoder.Features.Select(f => f.Name)));
        Assert.Equal(explained.Reasons.OrderByDescending(r => r.Weight).Select(r => r.Feature), explained.Reasons.Select(r => r.Feature));
    }

    [Fact]
    public void Explanations_AreInWords_WithTheNumbersBehindThem()
    {
        var unseen = TestData.Sample(1, skip: 20_000)[0] with { CommodityCode = "999999", Importer = "NEW-IMPORTER" };
        var explained = small.Model.Assess(unseen);
        Assert.All(explained.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
        Assert.All(explained.Reasons, r => Assert.DoesNotContain(" 0 of 0", r.Description, StringComparison.Ordinal));
        var known = small.Training.First(r => r.Fraud == true);
        Assert.Contains(small.Model.Assess(known).Reasons, r => r.Description.Length > r.Feature.Length);
    }

    [Fact]
    public void ModelFile_IsVersioned_AndScoresTheSameAfterLoading()
    {
        var path = small.Model.Save(folder);
        Assert.Matches(@"risk-\d{8}T\d{6}Z-[0-9a-f]{8}\.risk-model\.zip$", path);
        var loaded = RiskModel.Load(path);
        Assert.Equal(small.Model.Version, loaded.Version);
        Assert.Equal(6000, loaded.Manifest.Rows);
        var probe = TestData.Sample(100, skip: 30_000);
        Assert.Equal(small.Model.Score(probe), loaded.Score(probe));
        Assert.Equal(small.Model.Assess(probe[0]), loaded.Assess(probe[0]), new ExplainedRiskComparer());
    }

    [Fact]
    public void Assessment_WithoutModel_KeepsTheRules_AndSaysSo()
    {
        var assessment = Assessment(Path.Combine(folder, "none"), out _);
        var arms = assessment.Assess(Declaration("9303200000", "US", 500m));
        Assert.Equal(Channel.Red, arms.Channel);
        Assert.Contains(arms.Reasons, r => r.Contains("chapter 93", StringComparison.Ordinal));
        Assert.Contains(arms.Reasons, r => r.Contains("no scoring model installed: explicit rules only", StringComparison.Ordinal));
        Assert.Equal(RiskAssessment.RulesOnly, arms.DecidedBy);

        var shirts = assessment.Assess(Declaration("6205200000", "CN", 500m));
        Assert.Equal(Channel.Green, shirts.Channel);
        Assert.Contains("no selectivity criterion matched", shirts.Reasons);
    }

    [Fact]
    public void Assessment_WithAModelThatFailsToLoad_FallsBackToTheRules_AndSaysSo()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "risk-20990101T000000Z-deadbeef" + RiskModel.FileExtension), "not a model");
        var assessment = Assessment(folder, out _);
        var decision = assessment.Assess(Declaration("6205200000", "CN", 500m));
        Assert.Equal(Channel.Green, decision.Channel);
        Assert.Contains(decision.Reasons, r => r.Contains("failed to load", StringComparison.Ordinal) && r.Contains("explicit rules only", StringComparison.Ordinal));
    }

    [Fact]
    public void Assessment_WithAModel_AddsTheScoreAndItsReasons()
    {
        small.Model.Save(folder);
        var assessment = Assessment(folder, out var store);
        Assert.NotNull(store.Current);
        var decision = assessment.Assess(Declaration("9303200000", "US", 500m));
        Assert.Equal(Channel.Red, decision.Channel); // the rule still holds whatever the score
        Assert.Contains(decision.Reasons, r => r.StartsWith("risk score ", StringComparison.Ordinal));
        Assert.StartsWith("risk rules + model " + small.Model.Version, decision.DecidedBy, StringComparison.Ordinal);
        Assert.True(decision.DecidedBy.Length <= 100);
    }

    [Fact]
    public void RandomComplianceSample_SelectsAboutItsShareOfGreenDeclarations_TheSameEachTime()
    {
        var folder = Directory.CreateTempSubdirectory("tamga-risk-sample-").FullName;
        var assessment = Assessment(folder, out _, randomSamplePercent: 5m);
        var declarations = Enumerable.Range(0, 4000).Select(_ => Declaration("8510900000", "US", 1000m)).ToList();
        var sampled = declarations.Where(d => assessment.Assess(d).Channel == Channel.Yellow).ToList();
        Assert.InRange(sampled.Count, 140, 260); // 5 % of 4,000 = 200
        Assert.All(sampled, d => Assert.Contains(assessment.Assess(d).Reasons, r => r.StartsWith("random compliance-measurement sample", StringComparison.Ordinal)));
        Assert.DoesNotContain(Assessment(folder, out _).Assess(sampled[0]).Reasons, r => r.Contains("random", StringComparison.Ordinal));

        // A declaration already selected by a rule is not counted in the sample.
        var red = Declaration("9303200000", "US", 1000m);
        Assert.DoesNotContain(assessment.Assess(red).Reasons, r => r.Contains("random", StringComparison.Ordinal));
    }

    private static RiskAssessment Assessment(string modelFolder, out RiskModelStore store, decimal randomSamplePercent = 0m)
    {
        var options = Options.Create(new RiskOptions { ModelDirectory = modelFolder, RandomSamplePercent = randomSamplePercent });
        store = new RiskModelStore(options, Options.Create(new TamgaOptions()), NullLogger<RiskModelStore>.Instance);
        var rules = new ExplicitRules(
        [
            new RiskRule { Name = "Arms and ammunition", Channel = Channel.Red, CommodityPrefixes = ["93"], Reason = "goods of HS chapter 93 are examined physically" },
            new RiskRule { Name = "High-value goods item", Channel = Channel.Yellow, MinimumItemValue = 1_000_000m, Reason = "high value" },
        ]);
        var profiles = new ActiveProfiles(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        return new RiskAssessment(rules, profiles, new ValuationHistory(options.Value.ValuationMinimumHistory, options.Value.ValuationFlagBelowDeviations, TimeProvider.System), store, PartyTestData.Registry(out _), PartyTestData.Store, options, TimeProvider.System);
    }

    internal static DeclarationFacts Declaration(string commodity, string origin, decimal value) =>
        new(Guid.NewGuid(), "LRN-1", "IMA", "GB123456789000", null, "GB123456789000", "CN987654321", "GBLHR001", null, origin, "GB", "4", "GBP", value,
        [
            new GoodsItemFacts(1, "goods", commodity, origin, "4000", [], 120m, null, value, "GBP", ["100"], []),
        ]);

    private sealed class ExplainedRiskComparer : IEqualityComparer<ExplainedRisk>
    {
        public bool Equals(ExplainedRisk? x, ExplainedRisk? y) =>
            x is not null && y is not null && x.Probability.Equals(y.Probability) && x.Reasons.SequenceEqual(y.Reasons);

        public int GetHashCode(ExplainedRisk obj) => obj.Probability.GetHashCode();
    }
}