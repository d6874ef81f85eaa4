using Tamga.Tariff.Domain;

namespace Tamga.Tariff.DutyExpressions;

/// <summary>A duty expression as structured parts: one alternative per season (one for the whole year when not seasonal).</summary>
internal sealed record ParsedDuty(string Expression, ParseStatus Status, IReadOnlyList<DutyAlternative> Alternatives, IReadOnlyList<string> Notes)
{
    public string? Note => Notes.Count == 0 ? null : string.Join(" ", Notes);

    public static ParsedDuty Failed(string expression, string reason) => new(expression, ParseStatus.Unparsed, [], [reason]);
}

/// <summary>The rate on the days of <see cref="Seasons"/> (every day when empty).</summary>
internal sealed record DutyAlternative(IReadOnlyList<SeasonWindow> Seasons, IReadOnlyList<DutyPart> Parts)
{
    /// <summary>True when the duty can be computed from value and quantities alone (no agricultural component, no entry price).</summary>
    public bool Computable => Parts.All(p => p.Kind is DutyKind.AdValorem or DutyKind.Specific);
}

internal sealed record DutyPart(DutyClause Clause, DutyKind Kind, decimal? Rate = null, string? Currency = null, string? Unit = null, string? Qualifier = null);
