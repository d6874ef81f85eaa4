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

    /// <summary>
    /// What an officer with no skills recorded is taken to hold — the documentary check and the physical
    /// examination every officer did before skills were recorded — so that installations created before keep working.
    /// </summary>
    public static readonly IReadOnlyList<string> Default = [Documentary, Physical];

    public static bool IsKnown(string skill) => All.Contains(skill, StringComparer.Ordinal);

    /// <summary>The skills an officer holds: those recorded, or <see cref="Default"/> when none are.</summary>
    public static IReadOnlyList<string> Held(IReadOnlyList<string> recorded) => recorded.Count == 0 ? Default : recorded;

    /// <summary>Whether an officer holding <paramref name="held"/> may carry out a control requiring <paramref name="required"/>.</summary>
    public static bool Cover(IReadOnlyList<string> held, IEnumerable<string> required) => required.All(s => held.Contains(s, StringComparer.Ordinal));

    /// <summary>The skills in their canonical order (that of <see cref="All"/>), without repetition; unknown names kept last.</summary>
    public static IReadOnlyList<string> Ordered(IEnumerable<string> skills)
    {
        var set = skills.ToHashSet(StringComparer.Ordinal);
        return All.Where(set.Contains).Concat(set.Where(s => !IsKnown(s)).Order(StringComparer.Ordinal)).ToList();
    }
}
