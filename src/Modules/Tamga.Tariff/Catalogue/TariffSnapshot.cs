using System.Collections.Frozen;
using Tamga.Tariff.Domain;
using Tamga.Tariff.Search;

namespace Tamga.Tariff.Catalogue;

/// <summary>A measure as read from the database, with its season parsed once.</summary>
internal sealed record MeasureView(Measure Measure, IReadOnlyList<SeasonWindow> Seasons)
{
    public bool AppliesOn(DateOnly date) =>
        Measure.PendingUntil is null
        && Measure.ValidFrom <= date
        && (Measure.ValidTo is null || date <= Measure.ValidTo)
        && (Seasons.Count == 0 || Seasons.Any(s => s.Contains(date)));
}

/// <summary>One immutable state of the tariff: nomenclatures, lines, measures and the search index over them.</summary>
internal sealed class TariffSnapshot
{
    public static readonly TariffSnapshot Empty = new([], [], [], []);

    private readonly FrozenDictionary<string, MeasureView[]> _measures;
    private readonly FrozenDictionary<string, HsEntry[]> _hsChildren;
    private readonly FrozenDictionary<string, TariffLine[]> _linesBySubheading;

    public TariffSnapshot(IReadOnlyList<NomenclatureVersion> versions, IReadOnlyList<HsEntry> hs, IReadOnlyList<TariffLine> lines, IReadOnlyList<Measure> measures)
    {
        Versions = versions.ToFrozenDictionary(v => v.Id, StringComparer.Ordinal);
        Hs = hs.Where(e => e.VersionId == NomenclatureVersion.Hs2022).ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);
        Lines = lines.ToFrozenDictionary(l => l.Code, StringComparer.Ordinal);
        _measures = measures
            .Select(m => new MeasureView(m, m.Season is null ? [] : SeasonWindow.ParseList(m.Season)))
            .GroupBy(m => Key(m.Measure.NomenclatureId, m.Measure.GoodsCode), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(m => m.Measure.MeasureType, StringComparer.Ordinal).ThenBy(m => m.Measure.ValidFrom).ThenBy(m => m.Measure.Id).ToArray(), StringComparer.Ordinal);
        MeasureCount = measures.Count;
        Measures = measures;
        Unparsed = measures.Where(m => m.ParseStatus == ParseStatus.Unparsed).OrderBy(m => m.GoodsCode, StringComparer.Ordinal).ToList();
        WithAssumption = measures.Where(m => m.ParseStatus == ParseStatus.ParsedWithAssumption).OrderBy(m => m.GoodsCode, StringComparer.Ordinal).ToList();
        NotComputable = measures.Where(m => m.Components.Any(c => c.Kind is not (DutyKind.AdValorem or DutyKind.Specific))).OrderBy(m => m.GoodsCode, StringComparer.Ordinal).ToList();
        Unmapped = lines.Where(l => l.Hs2022Subheading is null).OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
        _hsChildren = Hs.Values.Where(e => e.Parent is not null)
            .GroupBy(e => e.Parent!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(e => e.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _linesBySubheading = lines.Where(l => l.Hs2022Subheading is not null)
            .GroupBy(l => l.Hs2022Subheading!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(l => l.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        Sections = Hs.Values.Where(e => e.Level == 1).OrderBy(e => SectionNumber(e.Code)).ToArray();

        var sources = new List<IndexSource>();
        foreach (var entry in hs.Where(e => e.VersionId == NomenclatureVersion.Hs2022 && e.Level >= 2).OrderBy(e => e.Code, StringComparer.Ordinal))
        {
            sources.Add(new IndexSource(entry.Code, entry.Level, entry.Description, entry.VersionId, entry.Level == 6 ? entry.Code : null, Ancestors(entry.Code, entry.Level)));
        }

        foreach (var line in lines.OrderBy(l => l.Code, StringComparer.Ordinal))
        {
            sources.Add(new IndexSource(line.Code, line.Code.Length, line.Description, line.VersionId, line.Hs2022Subheading, Ancestors(line.Code, line.Code.Length)));
        }

        Index = new SearchIndex(sources);
    }

    public FrozenDictionary<string, NomenclatureVersion> Versions { get; }

    /// <summary>HS 2022 entries by code (sections by Roman numeral).</summary>
    public FrozenDictionary<string, HsEntry> Hs { get; }

    /// <summary>National tariff lines by code.</summary>
    public FrozenDictionary<string, TariffLine> Lines { get; }

    public SearchIndex Index { get; }

    /// <summary>The HS 2022 sections in their order (I, II, … XXI).</summary>
    public IReadOnlyList<HsEntry> Sections { get; }

    /// <summary>A section's chapters, a chapter's headings, a heading's subheadings, in code order (computed once per snapshot).</summary>
    public IReadOnlyList<HsEntry> ChildrenOf(string code) => _hsChildren.GetValueOrDefault(code, []);

    /// <summary>The national lines linked to an HS 2022 subheading, in code order.</summary>
    public IReadOnlyList<TariffLine> LinesOf(string subheading) => _linesBySubheading.GetValueOrDefault(subheading, []);

    public int MeasureCount { get; }

    /// <summary>Every measure as read, for compilation (see <c>CompileMeasures/</c>).</summary>
    public IReadOnlyList<Measure> Measures { get; }

    public IReadOnlyList<Measure> Unparsed { get; }

    public IReadOnlyList<Measure> WithAssumption { get; }

    public IReadOnlyList<Measure> NotComputable { get; }

    public IReadOnlyList<TariffLine> Unmapped { get; }

    public int HsCount(int level) => Hs.Values.Count(e => e.Level == level);

    /// <summary>
    /// "Is this entry's nomenclature in force on the date?", answered once per nomenclature: the index holds one
    /// string instance per nomenclature, so a reference comparison finds the cached answer.
    /// </summary>
    public Func<IndexedEntry, bool> InForceFilter(DateOnly date)
    {
        string? last = null;
        var answer = false;
        return entry =>
        {
            if (!ReferenceEquals(entry.NomenclatureId, last))
            {
                last = entry.NomenclatureId;
                answer = InForce(last, date);
            }

            return answer;
        };
    }

    public bool InForce(string versionId, DateOnly date) => Versions.TryGetValue(versionId, out var version) && version.InForceOn(date);

    /// <summary>The line a declared code designates: the code itself, or for a 10-digit code the tariff does not split, its 8 digits.</summary>
    public TariffLine? FindLine(string code)
    {
        if (Lines.TryGetValue(code, out var line))
        {
            return line;
        }

        return code.Length == 10 && Lines.TryGetValue(code[..8], out var eight) ? eight : null;
    }

    /// <summary>The measures on the line and on every line of its nomenclature, in force on <paramref name="date"/>.</summary>
    public IEnumerable<MeasureView> MeasuresOn(TariffLine line, DateOnly date) => AllMeasures(line).Where(m => m.AppliesOn(date));

    /// <summary>Measures that start after <paramref name="date"/> or wait for an event: published, not yet in force.</summary>
    public IEnumerable<MeasureView> UpcomingMeasures(TariffLine line, DateOnly date) =>
        AllMeasures(line).Where(m => m.Measure.PendingUntil is not null || m.Measure.ValidFrom > date);

    private IEnumerable<MeasureView> AllMeasures(TariffLine line) =>
        _measures.GetValueOrDefault(Key(line.VersionId, line.Code), [])
            .Concat(_measures.GetValueOrDefault(Key(line.VersionId, ""), []));

    /// <summary>The descriptions of what a code belongs to: its HS 2022 subheading (for a line), heading, chapter; a chapter's section.</summary>
    public IReadOnlyList<string> Ancestors(string code, int level)
    {
        var result = new List<string>();
        if (level >= 8 && Lines.TryGetValue(code, out var line) && line.Hs2022Subheading is { } subheading && Hs.TryGetValue(subheading, out var sub))
        {
            result.Add(sub.Description);
        }

        if (level > 4 && Hs.TryGetValue(code[..4], out var heading))
        {
            result.Add(heading.Description);
        }

        if (level > 2 && Hs.TryGetValue(code[..2], out var chapter))
        {
            result.Add(chapter.Description);
        }

        if (level == 2 && Hs.TryGetValue(code, out var self) && self.Parent is { } section && Hs.TryGetValue(section, out var sectionEntry))
        {
            result.Add(sectionEntry.Description);
        }

        return result;
    }

    private static string Key(string nomenclature, string code) => nomenclature + "/" + code;

    /// <summary>The value of a Roman numeral (sections are numbered I to XXI); unknown text sorts last.</summary>
    internal static int SectionNumber(string roman)
    {
        var total = 0;
        var previous = 0;
        for (var i = roman.Length - 1; i >= 0; i--)
        {
            var value = roman[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 1000 };
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total;
    }
}
