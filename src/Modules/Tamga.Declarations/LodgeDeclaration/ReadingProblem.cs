using System.Globalization;
using Tamga.Declarations.Intake;

namespace Tamga.Declarations.LodgeDeclaration;

/// <summary>Why an uploaded document could not be read, as the pages show it: where (line, column, element) and what kind of problem.</summary>
public sealed record ReadingProblem(int? Line, int? Column, string? Element, string Kind, string Message)
{
    internal static IReadOnlyList<ReadingProblem> From(IEnumerable<IntakeProblem> problems) =>
        problems.Select(p => new ReadingProblem(
            p.Line == 0 ? null : p.Line,
            p.Column == 0 ? null : p.Column,
            p.Location,
            p.Kind.ToString(),
            p.Message)).ToList();

    public string Position(IFormatProvider culture) =>
        Line is { } line ? string.Create(culture, $"{line}:{Column ?? 0}") : "—";

    public string Position() => Position(CultureInfo.CurrentCulture);
}
