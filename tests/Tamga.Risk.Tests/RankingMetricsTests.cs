using Tamga.Risk.Scoring;

namespace Tamga.Risk.Tests;

public sealed class RankingMetricsTests
{
    // Ten declarations, scored from 1.0 down to 0.1; the 1st, 2nd, 4th and 7th are frauds.
    private static readonly double[] Scores = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
    private static readonly bool[] Fraud = [true, true, false, true, false, false, true, false, false, false];

    [Theory]
    [InlineData(10, 1.0)] // top 1: the 1st
    [InlineData(20, 1.0)] // top 2: 1st, 2nd
    [InlineData(30, 2.0 / 3)] // top 3: 1st, 2nd, not the 3rd
    [InlineData(50, 3.0 / 5)] // top 5: 1st, 2nd, 4th
    [InlineData(100, 4.0 / 10)]
    public void PrecisionAt_CountsFraudsAmongTheInspectedTop(double percent, double expected)
    {
        Assert.Equal(expected, RankingMetrics.PrecisionAt(Scores, Fraud, percent), 10);
    }

    [Theory]
    [InlineData(10, 1.0 / 4)]
    [InlineData(50, 3.0 / 4)]
    [InlineData(70, 4.0 / 4)]
    public void RecallAt_IsTheShareOfAllFraudsFound(double percent, double expected)
    {
        Assert.Equal(expected, RankingMetrics.RecallAt(Scores, Fraud, percent), 10);
    }

    [Fact]
    public void Inspected_IsTheFloorOfTheShare_ButAtLeastOne()
    {
        Assert.Equal(1, RankingMetrics.Inspected(10, 5));
        Assert.Equal(4, RankingMetrics.Inspected(81, 5));
        Assert.Equal(813, RankingMetrics.Inspected(8134, 10));
        Assert.Equal(0, RankingMetrics.Inspected(0, 10));
    }

    [Fact]
    public void Auc_OfAHandCheckedExample()
    {
        // Positives 0.9 and 0.7, negatives 0.8 and 0.6: of the four pairs, 0.9>0.8, 0.9>0.6, 0.7>0.6 are right, 0.7<0.8 wrong.
        Assert.Equal(0.75, RankingMetrics.Auc([0.9, 0.8, 0.7, 0.6], [true, false, true, false]), 10);
    }

    [Fact]
    public void Auc_CountsTiesAsOneHalf_AndIsOneOrZeroForPerfectOrders()
    {
        Assert.Equal(0.5, RankingMetrics.Auc([0.5, 0.5, 0.5, 0.5], [true, false, true, false]), 10);
        Assert.Equal(1.0, RankingMetrics.Auc([0.9, 0.8, 0.2, 0.1], [true, true, false, false]), 10);
        Assert.Equal(0.0, RankingMetrics.Auc([0.1, 0.2, 0.8, 0.9], [true, true, false, false]), 10);
        // One tie between a positive and a negative: 3 pairs right, 1 pair half.
        Assert.Equal(3.5 / 4, RankingMetrics.Auc([0.9, 0.5, 0.5, 0.1], [true, true, false, false]), 10);
    }

    [Fact]
    public void Auc_WithOneClassOnly_IsNaN()
    {
        Assert.True(double.IsNaN(RankingMetrics.Auc([0.1, 0.2], [true, true])));
    }

    [Fact]
    public void Ties_AreBrokenByInputOrder()
    {
        // Equal scores: the earlier row is inspected first, so runs are reproducible.
        Assert.Equal(1.0, RankingMetrics.PrecisionAt([0.5, 0.5], [true, false], 50));
        Assert.Equal(0.0, RankingMetrics.PrecisionAt([0.5, 0.5], [false, true], 50));
    }
}