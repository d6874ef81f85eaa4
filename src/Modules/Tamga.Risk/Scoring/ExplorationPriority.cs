using System.Globalization;

namespace Tamga.Risk.Scoring;

/// <summary>
/// How much a control of a goods item would teach the model (after Kim et al., "Take a Chance", arXiv:2010.14282):
/// the model's uncertainty, 4·score·(1 − score) (1 at a score of 0.5, 0 at 0 or 1), times the novelty of its goods
/// and origin, 1 / √(1 + past controls of HS 6 × origin). A declaration the model is unsure about and whose goods
/// from that origin were seldom controlled comes first.
/// </summary>
internal static class ExplorationPriority
{
    /// <summary>The key whose past controls measure novelty: HS subheading × origin.</summary>
    public static readonly int NoveltyKey = Array.FindIndex(FeatureEncoder.TargetKeys, k => k.Name == "hs6-origin");

    /// <summary>Priority of one item, in [0, 1].</summary>
    public static double Of(double score, int pastControls) =>
        Uncertainty(score) / Math.Sqrt(1 + Math.Max(0, pastControls));

    public static double Uncertainty(double score) => 4 * Math.Clamp(score, 0, 1) * (1 - Math.Clamp(score, 0, 1));

    /// <summary>Past controls of the item's HS subheading × origin, as the model knows them.</summary>
    public static int PastControls(FeatureEncoder encoder, RiskRecord record) => encoder.History(NoveltyKey, record).Controls;

    /// <summary>The group a diversity cap applies to: HS subheading × origin.</summary>
    public static string Group(RiskRecord record) => FeatureEncoder.TargetKeys[NoveltyKey].Of(record);

    /// <summary>Words for the officer, e.g. "the model is unsure (score 0.47, 2 past controls of HS 6 × origin)".</summary>
    public static string Describe(double score, int pastControls) => string.Create(
        CultureInfo.InvariantCulture,
        $"the model is unsure (score {score:0.00}, {pastControls} past control{(pastControls == 1 ? "" : "s")} of HS 6 × origin)");
}
