using Tamga.Tariff.Catalogue;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.Coverage;

/// <summary>What was loaded and how much of it the parser and the HS 2022 link cover: the figures the API and the command line report.</summary>
internal sealed class TariffCoverage(TariffCatalogue catalogue)
{
    public CoverageReport Report()
    {
        var s = catalogue.Current;
        return new CoverageReport(
            s.Versions.Values.OrderBy(v => v.EffectiveFrom).Select(v => new CoverageVersion(v.Id, v.Name, v.Kind.ToString(), v.Basis, v.EffectiveFrom, v.EffectiveTo, v.Entries, v.ContentHash)).ToList(),
            s.HsCount(1),
            s.HsCount(2),
            s.HsCount(4),
            s.HsCount(6),
            s.Lines.Count,
            s.Lines.Count - s.Unmapped.Count,
            s.Unmapped.Count,
            s.MeasureCount,
            s.Unparsed.Count,
            s.WithAssumption.Count,
            s.NotComputable.Count);
    }

    public UnparsedReport Unparsed()
    {
        var s = catalogue.Current;
        return new UnparsedReport(s.Unparsed.Count, s.Unparsed.Select(Expression).ToList(), s.WithAssumption.Count, s.WithAssumption.Select(Expression).ToList());
    }

    public UnmappedReport Unmapped()
    {
        var s = catalogue.Current;
        return new UnmappedReport(s.Unmapped.Count, s.Unmapped.Select(l => new UnmappedLine(l.Code, l.Description, l.Code[..6], s.Hs.ContainsKey(l.Code[..4]))).ToList());
    }

    private static ExpressionIssue Expression(Measure m) => new(m.GoodsCode, m.Source, m.Expression ?? "", m.ParseNote ?? "");
}

public sealed record CoverageReport(
    IReadOnlyList<CoverageVersion> Versions,
    int HsSections,
    int HsChapters,
    int HsHeadings,
    int HsSubheadings,
    int NationalLines,
    int LinesLinkedToHs2022,
    int LinesNotInHs2022,
    int Measures,
    int ExpressionsUnparsed,
    int ExpressionsParsedWithAssumption,
    int MeasuresNotComputable);

public sealed record CoverageVersion(string Id, string Name, string Kind, string Basis, DateOnly EffectiveFrom, DateOnly? EffectiveTo, int Entries, string ContentHash);

/// <summary>Duty expressions the parser could not read (<c>unparsed</c>), and those it read under a stated assumption.</summary>
public sealed record UnparsedReport(int Count, IReadOnlyList<ExpressionIssue> Unparsed, int AssumptionCount, IReadOnlyList<ExpressionIssue> ParsedWithAssumption);

public sealed record ExpressionIssue(string Code, string Source, string Expression, string Note);

/// <summary>National lines whose 6-digit subheading HS 2022 no longer has.</summary>
public sealed record UnmappedReport(int Count, IReadOnlyList<UnmappedLine> Lines);

public sealed record UnmappedLine(string Code, string Description, string Hs2017Subheading, bool HeadingInHs2022);
