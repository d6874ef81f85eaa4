using Tamga.Tariff.Catalogue;
using Tamga.Tariff.Search;

namespace Tamga.Tariff.ClassifyGoods;

/// <summary>
/// The classification assistant: ranks the headings of the nomenclature for a plain goods description. Every
/// entry (chapter, heading, subheading, national line) is scored on the description's words against its own text
/// and, at a lower weight, the texts of its heading and chapter (see <see cref="SearchIndex"/>); each heading
/// takes the score of its best entry plus a share of its next ones, so a heading whose several entries fit the
/// description beats one that fits by a single word. Nothing is keyed to particular descriptions.
/// </summary>
internal sealed class Classifier(TariffCatalogue catalogue, TimeProvider clock)
{
    /// <summary>True when the description has a word the nomenclature uses (or a synonym of one); otherwise no candidate can be found.</summary>
    public bool Informative(string description) => catalogue.Current.Index.Analyze(description).Informative;

    public IReadOnlyList<ClassificationCandidate> Classify(string description, int limit, DateOnly? date = null, RankingParameters? parameters = null)
    {
        var snapshot = catalogue.Current;
        var day = date ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var p = parameters ?? RankingParameters.Default;
        var query = snapshot.Index.Analyze(description, p);
        if (query.IsEmpty)
        {
            return [];
        }

        var headings = new Dictionary<string, HeadingScore>(StringComparer.Ordinal);
        var inForce = snapshot.InForceFilter(day);
        snapshot.Index.Score(query, (entry, score, _) =>
        {
            if (entry.Level < 4 || !inForce(entry))
            {
                return;
            }

            if (!headings.TryGetValue(entry.Heading, out var heading))
            {
                heading = new HeadingScore(p.SecondShare, p.ThirdShare);
                headings[entry.Heading] = heading;
            }

            heading.Add(entry, score);
        });

        return headings
            .OrderByDescending(h => h.Value.Total)
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(h => Candidate(snapshot, query, h.Key, h.Value))
            .ToList();
    }

    private static ClassificationCandidate Candidate(TariffSnapshot snapshot, AnalyzedQuery query, string heading, HeadingScore score)
    {
        var best = score.Best!;
        var context = snapshot.Ancestors(best.Code, best.Level);
        var (own, around) = snapshot.Index.Explain(query, best, context);
        var headingText = snapshot.Hs.TryGetValue(heading, out var entry) ? entry.Description : null;
        var kind = SearchTariff.TariffSearch.KindOf(best.Level);
        var reason = own.Count > 0
            ? $"{Words(own)} in {kind} {best.Code} \"{best.Description}\""
            : $"{kind} {best.Code} \"{best.Description}\"";
        if (around.Count > 0)
        {
            reason += $"; {Words(around)} in its heading or chapter";
        }

        if (headingText is not null && best.Level > 4)
        {
            reason += $"; heading {heading} \"{headingText}\"";
        }

        return new ClassificationCandidate(best.Code, best.Description, heading, headingText, Math.Round(score.Total, 3), reason + ".");
    }

    private static string Words(IReadOnlyList<string> words) =>
        (words.Count == 1 ? "the word " : "the words ") + string.Join(", ", words.Select(w => "'" + w + "'"));

    private sealed class HeadingScore(float secondShare, float thirdShare)
    {
        private float _first;
        private float _second;
        private float _third;

        public IndexedEntry? Best { get; private set; }

        public double Total => _first + (secondShare * _second) + (thirdShare * _third);

        public void Add(IndexedEntry entry, float score)
        {
            if (score > _first || (score == _first && Best is not null && entry.Code.Length > Best.Code.Length))
            {
                _third = _second;
                _second = _first;
                _first = score;
                Best = entry;
            }
            else if (score > _second)
            {
                _third = _second;
                _second = score;
            }
            else if (score > _third)
            {
                _third = score;
            }
        }
    }
}

/// <summary>A candidate code for a goods description, with the heading it falls in and why it was proposed.</summary>
public sealed record ClassificationCandidate(string Code, string Description, string Heading, string? HeadingDescription, double Score, string Reason);
