using Tamga.Risk.Scoring;

namespace Tamga.Risk.Tests;

public sealed class FeatureEncoderTests
{
    private static int Feature(string name) => FeatureEncoder.Features.Select((f, i) => (f, i)).Single(p => p.f.Name == name).i;

    [Fact]
    public void TrainingRows_TargetStatistics_NeverUseTheRowsOwnResult()
    {
        // Flip one row's control result: its own features must not move (they come from the other folds only).
        var rows = TestData.Sample(3000);
        var (_, before) = FeatureEncoder.FitTransform(rows, folds: 5, seed: 7);
        foreach (var index in new[] { 0, 17, 1234, 2999 })
        {
            var flipped = rows.ToList();
            flipped[index] = rows[index] with { Fraud = !rows[index].Fraud, CriticalFraud = rows[index].Fraud == true ? 0 : 1 };
            var (_, after) = FeatureEncoder.FitTransform(flipped, folds: 5, seed: 7);
            Assert.Equal(before[index], after[index]);

            // Rows of other folds that share a key do see it: the statistics are real.
            var fold = FeatureEncoder.FoldOf(rows[index].Id, 7, 5);
            var sameHs6 = Enumerable.Range(0, rows.Count)
                .Where(i => i != index && rows[i].CommodityCode == rows[index].CommodityCode && FeatureEncoder.FoldOf(rows[i].Id, 7, 5) != fold)
                .ToList();
            if (sameHs6.Count > 0)
            {
                Assert.NotEqual(before[sameHs6[0]][Feature("findings:hs6")], after[sameHs6[0]][Feature("findings:hs6")]);
            }
        }
    }

    [Fact]
    public void TrainingRows_StatisticsComeOnlyFromOtherFolds()
    {
        // Two rows of one importer, in different folds: each sees exactly the other's result.
        var rows = new List<RiskRecord>();
        var a = Enumerable.Range(0, 100).Select(i => "A" + i).First(id => FeatureEncoder.FoldOf(id, 1, 2) == 0);
        var b = Enumerable.Range(0, 100).Select(i => "B" + i).First(id => FeatureEncoder.FoldOf(id, 1, 2) == 1);
        rows.Add(TestData.Row(a, "IMP", "010101", "CN", fraud: true));
        rows.Add(TestData.Row(b, "IMP", "010101", "CN", fraud: false));
        var (encoder, features) = FeatureEncoder.FitTransform(rows, folds: 2, seed: 1);
        Assert.Equal(0.5, encoder.Prior, 10);

        // Row a sees row b only (one control, no finding), smoothed towards the rate of the other fold (0): 0.
        // Row b sees row a only (one control, one finding), smoothed towards the other fold's rate (1): 1.
        Assert.Equal(0f, features[0][Feature("findings:importer")]);
        Assert.Equal(1f, features[1][Feature("findings:importer")]);
        Assert.Equal((float)Math.Log(2), features[0][Feature("controls:importer")], 5);
    }

    [Fact]
    public void NewRows_UseAllTrainingRows_AndNeverTheirOwnResult()
    {
        var rows = new List<RiskRecord>
        {
            TestData.Row("1", "IMP", "010101", "CN", fraud: true),
            TestData.Row("2", "IMP", "010101", "CN", fraud: true),
            TestData.Row("3", "OTHER", "020202", "DE", fraud: false),
        };
        var (encoder, _) = FeatureEncoder.FitTransform(rows, folds: 3, seed: 1);
        var evaluated = TestData.Row("9", "IMP", "010101", "CN", fraud: true);

        var withFinding = encoder.Transform(evaluated);
        var without = encoder.Transform(evaluated with { Fraud = false, CriticalFraud = 0 });
        var unlabelled = encoder.Transform(evaluated with { Fraud = null, CriticalFraud = 0 });
        Assert.Equal(withFinding, without);
        Assert.Equal(withFinding, unlabelled);

        // Two of two past controls of this importer found an irregularity: (2 + m·prior) / (2 + m).
        var prior = 2.0 / 3;
        Assert.Equal((float)((2 + (FeatureEncoder.Smoothing * prior)) / (2 + FeatureEncoder.Smoothing)), withFinding[Feature("findings:importer")]);
    }

    [Fact]
    public void UnseenImporterAndCode_GetZeroCounts_AndTheOverallRate()
    {
        var rows = TestData.Sample(2000);
        var (encoder, _) = FeatureEncoder.FitTransform(rows, folds: 5, seed: 3);
        var features = encoder.Transform(rows[0] with { Id = "new", Importer = "NEVER-SEEN", CommodityCode = "999999", Seller = "NEW-SELLER" });
        Assert.Equal(0f, features[Feature("count:importer")]);
        Assert.Equal(0f, features[Feature("count:hs6")]);
        Assert.Equal(0f, features[Feature("controls:importer")]);
        Assert.Equal((float)encoder.Prior, features[Feature("findings:importer")], 5);
        Assert.Equal((float)encoder.Prior, features[Feature("findings:hs6-route-tax")], 5);
        Assert.True(float.IsNaN(features[Feature("value-gap:hs6")]));
        Assert.All(features, f => Assert.False(float.IsInfinity(f)));
    }

    [Fact]
    public void CodeHierarchy_SharesHistoryAcrossNationalSubdivisions()
    {
        var rows = new List<RiskRecord>
        {
            TestData.Row("1", "I1", "6208220010", "CN", fraud: true),
            TestData.Row("2", "I2", "6208220020", "CN", fraud: true),
            TestData.Row("3", "I3", "8703240000", "DE", fraud: false),
        };
        var (encoder, _) = FeatureEncoder.FitTransform(rows, folds: 3, seed: 1);
        var features = encoder.Transform(TestData.Row("9", "I9", "6208220099", "CN", fraud: false));
        Assert.Equal(0f, features[Feature("controls:code")]); // this 10-digit code is new…
        Assert.Equal((float)Math.Log(3), features[Feature("controls:hs6")], 5); // …its HS 6 subheading is not
        Assert.Equal((float)Math.Log(3), features[Feature("controls:hs2")], 5);
    }

    [Fact]
    public void Folds_AreDeterministic_AndBalanced()
    {
        var ids = Enumerable.Range(0, 10_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var folds = ids.Select(id => FeatureEncoder.FoldOf(id, 42, 5)).ToList();
        Assert.Equal(folds, ids.Select(id => FeatureEncoder.FoldOf(id, 42, 5)));
        Assert.All(Enumerable.Range(0, 5), f => Assert.InRange(folds.Count(x => x == f), 1800, 2200));
        Assert.NotEqual(folds, ids.Select(id => FeatureEncoder.FoldOf(id, 43, 5)));
    }

    [Fact]
    public void Statistics_SurviveWritingAndReading()
    {
        var rows = TestData.Sample(1500);
        var (encoder, _) = FeatureEncoder.FitTransform(rows, folds: 5, seed: 3);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            encoder.Write(writer);
        }

        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        var read = FeatureEncoder.Read(reader);
        var probe = TestData.Sample(50, skip: 5000);
        Assert.All(probe, r => Assert.Equal(encoder.Transform(r), read.Transform(r)));
    }

    [Fact]
    public void TrainingRows_WithoutAResult_AreRefused()
    {
        var rows = new List<RiskRecord> { TestData.Row("1", "I", "010101", "CN", fraud: true) with { Fraud = null } };
        Assert.Throws<ArgumentException>(() => FeatureEncoder.FitTransform(rows, 5, 1));
    }
}