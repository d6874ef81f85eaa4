namespace Tamga.Platform.Organisation;

/// <summary>
/// The skills an officer can hold and a control can require. Risk names the skills a selection needs; the work
/// queue offers each control to the officers of the office who hold them.
/// </summary>
public static class Skills
{
    /// <summary>Documentary check: the declaration and its supporting documents.</summary>
    public const string Documentary = "documentary";

    /// <summary>Physical examination of the goods.</summary>
    public const string Physical = "physical";

    /// <summary>Customs valuation: transaction value, adjustments, related parties.</summary>
    public const string Valuation = "valuation";

    /// <summary>Origin: preferential and non-preferential origin, proofs of origin.</summary>
    public const string Origin = "origin";

    /// <summary>Tariff classification of the goods.</summary>
    public const string Classification = "classification";

    /// <summary>Prohibitions and restrictions: licences, permits, sanitary and phytosanitary, dual-use goods.</summary>
    public const string Restrictions = "restrictions";

    public static readonly IReadOnlyList<string> All = [Documentary, Physical, Valuation, Origin, Classification, Restrictions];

    public static bool IsKnown(string skill) => All.Contains(skill, StringComparer.Ordinal);
}
