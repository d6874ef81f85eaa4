using System.Collections.Frozen;

namespace Tamga.Tariff.Search;

/// <summary>One entry of the index: an HS chapter, heading or subheading, or a national tariff line.</summary>
internal sealed record IndexedEntry(int Id, string Code, int Level, string Description, string NomenclatureId, string? Hs2022Subheading)
{
    /// <summary>The 4-digit heading, computed once (the classifier groups thousands of entries by it per query).</summary>
    public string Heading { get; } = Code.Length >= 4 ? Code[..4] : Code;
}

/// <summary>What the index is built from: an entry, its own text, and the texts of what it belongs to (heading, chapter…).</summary>
internal sealed record IndexSource(string Code, int Level, string Description, string NomenclatureId, string? Hs2022Subheading, IReadOnlyList<string> Context);

/// <summary>A query as terms: one group per word typed, holding the word's term and the terms its synonyms add.</summary>
internal sealed record AnalyzedQuery(IReadOnlyList<QueryGroup> Groups, RankingParameters Parameters)
{
    public bool IsEmpty => Groups.Count == 0;

    /// <summary>True when at least one word of the query is a word of the nomenclature (or leads to one by a synonym).</summary>
    public bool Informative => Groups.Any(g => g.Terms.Count > 0);
}

internal sealed record QueryGroup(string Word, IReadOnlyList<(int Term, float Weight, string Via)> Terms)
{
    /// <summary>Where the terms a synonym adds begin in <see cref="Terms"/> (they describe the word together).</summary>
    public int SynonymsFrom { get; init; } = Terms.Count;
}

/// <summary>
/// An inverted index over the nomenclature texts, in memory, ranked with BM25 over two fields (the entry's own
/// text, and at a lower weight the texts of its heading and chapter), times the share of query words matched.
/// </summary>
internal sealed class SearchIndex
{
    private const float K1 = 1.2f;
    private const float B = 0.6f;
    private const float ContextWeight = 0.3f;

    private readonly IndexedEntry[] _entries;
    private readonly FrozenDictionary<string, int> _termIds;
    private readonly string[] _sortedTerms;
    private readonly Posting[][] _postings;
    private readonly float[] _idf;
    private readonly float[] _lengthNorm;
    private readonly IndexedEntry[] _byCode;
    private readonly FrozenDictionary<string, string[]> _synonymTerms;
    private readonly string[] _termNames;
    private readonly int[][] _sequences;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FrozenSet<string>> _contextTerms = new(StringComparer.Ordinal);

    [ThreadStatic]
    private static Buffers? t_buffers;

    private readonly record struct Posting(int Entry, float Frequency);

    public SearchIndex(IReadOnlyList<IndexSource> sources)
    {
        // One string instance per nomenclature, so that callers can test "in force" once per nomenclature by reference.
        var nomenclatures = new Dictionary<string, string>(StringComparer.Ordinal);
        _entries = sources.Select((s, i) => new IndexedEntry(i, s.Code, s.Level, s.Description, Canonical(nomenclatures, s.NomenclatureId), s.Hs2022Subheading)).ToArray();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<Posting>>();
        var lengths = new float[_entries.Length];
        // Headings and chapters are the context of many entries, and words repeat: analyse each text and word once.
        var analyzed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var words = new Dictionary<string, string?>(StringComparer.Ordinal);
        List<string> Analyze(string text)
        {
            if (!analyzed.TryGetValue(text, out var terms))
            {
                terms = TextAnalyzer.DescriptionTerms(text, words);
                analyzed[text] = terms;
            }

            return terms;
        }

        var frequencies = new Dictionary<int, float>();
        _sequences = new int[sources.Count][];
        for (var i = 0; i < sources.Count; i++)
        {
            frequencies.Clear();
            var own = Analyze(sources[i].Description);
            var length = (float)own.Count;
            Count(own, 1f);
            foreach (var context in sources[i].Context)
            {
                var terms = Analyze(context);
                length += ContextWeight * terms.Count;
                Count(terms, ContextWeight);
            }

            lengths[i] = length;
            _sequences[i] = own.Select(t => ids[t]).ToArray();
            foreach (var (term, frequency) in frequencies)
            {
                postings[term].Add(new Posting(i, frequency));
            }
        }

        void Count(List<string> terms, float weight)
        {
            foreach (var term in terms)
            {
                if (!ids.TryGetValue(term, out var id))
                {
                    id = ids.Count;
                    ids[term] = id;
                    postings.Add([]);
                }

                frequencies[id] = frequencies.GetValueOrDefault(id) + weight;
            }
        }

        _termIds = ids.ToFrozenDictionary(StringComparer.Ordinal);
        _sortedTerms = ids.Keys.Order(StringComparer.Ordinal).ToArray();
        _termNames = new string[ids.Count];
        foreach (var (name, id) in ids)
        {
            _termNames[id] = name;
        }

        // Entries were added in order: each posting list is sorted by entry already.
        _postings = postings.Select(p => p.ToArray()).ToArray();
        var n = Math.Max(1, _entries.Length);
        _idf = _postings.Select(p => (float)Math.Log(1 + ((n - p.Length + 0.5) / (p.Length + 0.5)))).ToArray();
        var average = lengths.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        _lengthNorm = lengths.Select(l => K1 * (1 - B + (B * l / average))).ToArray();
        _byCode = _entries.OrderBy(e => e.Code, StringComparer.Ordinal).ThenBy(e => e.NomenclatureId, StringComparer.Ordinal).ToArray();
        _synonymTerms = Synonyms.Table
            .Select(kv => (Key: TextAnalyzer.Term(kv.Key), Terms: TextAnalyzer.Terms(kv.Value).Distinct().ToArray()))
            .Where(s => s.Key is not null)
            .GroupBy(s => s.Key!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(s => s.Terms).Distinct().ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<IndexedEntry> Entries => _entries;

    private static string Canonical(Dictionary<string, string> known, string value)
    {
        if (!known.TryGetValue(value, out var canonical))
        {
            canonical = value;
            known[value] = value;
        }

        return canonical;
    }

    public int TermCount => _termIds.Count;

    /// <summary>The query's words as term groups; words the index does not know are matched by the terms they begin (4 letters at least).</summary>
    public AnalyzedQuery Analyze(string query, RankingParameters? parameters = null)
    {
        var p = parameters ?? RankingParameters.Default;
        var groups = new List<QueryGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // As in the nomenclature's texts, what a description excludes ("other than …", "(excl. …)") does not describe the goods.
        foreach (var word in TextAnalyzer.Words(TextAnalyzer.WithoutExclusions(query)))
        {
            var term = TextAnalyzer.Term(word);
            if (term is null || !seen.Add(term))
            {
                continue;
            }

            var terms = new List<(int, float, string)>();
            if (_termIds.TryGetValue(term, out var id))
            {
                terms.Add((id, 1f, word));
            }
            else if (term.Length >= 4)
            {
                foreach (var prefixed in TermsStartingWith(term).Take(20))
                {
                    terms.Add((_termIds[prefixed], p.PrefixWeight, word + "…"));
                }
            }

            var synonymsFrom = terms.Count;
            if (_synonymTerms.TryGetValue(term, out var synonyms))
            {
                foreach (var synonym in synonyms)
                {
                    if (_termIds.TryGetValue(synonym, out var synonymId) && terms.All(t => t.Item1 != synonymId))
                    {
                        terms.Add((synonymId, p.SynonymWeight, word + " → " + synonym));
                    }
                }
            }

            groups.Add(new QueryGroup(word, terms) { SynonymsFrom = synonymsFrom });
        }

        return new AnalyzedQuery(groups, p);
    }

    private IEnumerable<string> TermsStartingWith(string prefix)
    {
        var index = Array.BinarySearch(_sortedTerms, prefix, StringComparer.Ordinal);
        for (var i = index < 0 ? ~index : index; i < _sortedTerms.Length && _sortedTerms[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return _sortedTerms[i];
        }
    }

    /// <summary>
    /// Scores every entry that matches a word of the query, passing each (entry, score, words matched) to
    /// <paramref name="visit"/>. Scores are comparable within one query only.
    /// </summary>
    public void Score(AnalyzedQuery query, Action<IndexedEntry, float, int> visit)
    {
        if (query.IsEmpty)
        {
            return;
        }

        var buffers = t_buffers ??= new Buffers();
        buffers.Ensure(_entries.Length, _idf.Length);
        var total = buffers.Total;
        var best = buffers.GroupBest;
        var synonymSum = buffers.SynonymSum;
        var matched = buffers.Matched;
        var touched = buffers.Touched;
        var groupTouched = buffers.GroupTouched;
        touched.Clear();
        foreach (var group in query.Groups)
        {
            groupTouched.Clear();
            for (var t = 0; t < group.Terms.Count; t++)
            {
                var (term, weight, _) = group.Terms[t];
                // The word's own terms compete (the best counts); the terms of its synonym describe it together
                // ("beef" is meat of bovine animals), so an entry holding more of them counts more.
                var together = t >= group.SynonymsFrom;
                var idf = _idf[term] * weight;
                foreach (var posting in _postings[term])
                {
                    var tf = posting.Frequency;
                    var score = idf * tf * (K1 + 1) / (tf + _lengthNorm[posting.Entry]);
                    if (best[posting.Entry] == 0 && synonymSum[posting.Entry] == 0)
                    {
                        groupTouched.Add(posting.Entry);
                    }

                    if (together)
                    {
                        synonymSum[posting.Entry] += score;
                    }
                    else if (score > best[posting.Entry])
                    {
                        best[posting.Entry] = score;
                    }
                }
            }

            foreach (var entry in groupTouched)
            {
                if (synonymSum[entry] > best[entry])
                {
                    best[entry] = synonymSum[entry];
                }

                synonymSum[entry] = 0;
                if (matched[entry] == 0)
                {
                    touched.Add(entry);
                }

                total[entry] += best[entry];
                matched[entry]++;
                best[entry] = 0;
            }
        }

        var groups = (float)query.Groups.Count;
        var exponent = query.Parameters.CoordinationExponent;
        var phraseBonus = query.Parameters.PhraseBonus;
        var phrases = Phrases(query);
        var starts = buffers.PhraseStart;
        foreach (var key in phrases.Keys)
        {
            starts[(int)(key >> 32)] = true;
        }

        try
        {
            foreach (var entry in touched)
            {
                var share = matched[entry] / groups;
                var coordination = exponent == 1.5f ? share * MathF.Sqrt(share) : MathF.Pow(share, exponent);
                var phrase = phrases.Count == 0 || matched[entry] < 2 ? 0 : phraseBonus * PhrasesIn(_sequences[entry], phrases, starts) / phrases.Count;
                visit(_entries[entry], total[entry] * coordination * (1 + phrase), matched[entry]);
            }
        }
        finally
        {
            foreach (var entry in touched)
            {
                total[entry] = 0;
                matched[entry] = 0;
            }

            foreach (var key in phrases.Keys)
            {
                starts[(int)(key >> 32)] = false;
            }
        }
    }

    /// <summary>
    /// Pairs of consecutive query words (their own terms, or a synonym's first term; not the terms an unknown word
    /// begins), e.g. "optical glass" or "boneless beef" (→ meat), each keyed by its two term ids and
    /// numbered (at most 64, so that the pairs an entry holds fit in one bit mask).
    /// </summary>
    private static Dictionary<long, int> Phrases(AnalyzedQuery query)
    {
        var phrases = new Dictionary<long, int>();
        for (var g = 1; g < query.Groups.Count && phrases.Count < 64; g++)
        {
            var first = query.Groups[g - 1].Terms;
            var second = query.Groups[g].Terms;
            if (first.Count > 0 && second.Count > 0 && !first[0].Via.EndsWith('…') && !second[0].Via.EndsWith('…'))
            {
                phrases.TryAdd(PhraseKey(first[0].Term, second[0].Term), phrases.Count);
            }
        }

        return phrases;
    }

    private static long PhraseKey(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>How many of the query's word pairs the entry's own text has in the same order, next to each other (one pass over the text).</summary>
    private static int PhrasesIn(int[] sequence, Dictionary<long, int> phrases, bool[] starts)
    {
        var found = 0UL;
        for (var i = 1; i < sequence.Length; i++)
        {
            // Most words start no pair of the query: an array read rules them out before any hashing.
            if (starts[sequence[i - 1]] && phrases.TryGetValue(PhraseKey(sequence[i - 1], sequence[i]), out var number))
            {
                found |= 1UL << number;
            }
        }

        return System.Numerics.BitOperations.PopCount(found);
    }

    /// <summary>Entries whose code begins with <paramref name="prefix"/>, in code order.</summary>
    public IEnumerable<IndexedEntry> ByPrefix(string prefix)
    {
        var low = 0;
        var high = _byCode.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(_byCode[mid].Code, prefix) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var i = low; i < _byCode.Length && _byCode[i].Code.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return _byCode[i];
        }
    }

    /// <summary>The words of <paramref name="query"/> that <paramref name="entry"/>'s own text has, and those only its heading or chapter has.</summary>
    public (IReadOnlyList<string> Own, IReadOnlyList<string> Context) Explain(AnalyzedQuery query, IndexedEntry entry, IReadOnlyList<string> context)
    {
        // The entry's own terms are in the index already; the texts around it (headings, chapters) are analysed once and kept.
        var own = _sequences[entry.Id];
        var ownWords = new List<string>();
        var contextWords = new List<string>();
        foreach (var group in query.Groups)
        {
            var hit = group.Terms.FirstOrDefault(t => Array.IndexOf(own, t.Term) >= 0);
            if (hit.Via is not null)
            {
                ownWords.Add(hit.Via);
                continue;
            }

            hit = group.Terms.FirstOrDefault(t => context.Any(c => ContextTerms(c).Contains(_termNames[t.Term])));
            if (hit.Via is not null)
            {
                contextWords.Add(hit.Via);
            }
        }

        return (ownWords, contextWords);
    }

    private FrozenSet<string> ContextTerms(string text) =>
        _contextTerms.GetOrAdd(text, t => TextAnalyzer.DescriptionTerms(t).ToFrozenSet(StringComparer.Ordinal));

    private sealed class Buffers
    {
        public float[] Total = [];
        public float[] GroupBest = [];
        public float[] SynonymSum = [];
        public int[] Matched = [];
        public readonly List<int> Touched = [];
        public readonly List<int> GroupTouched = [];

        /// <summary>Per term: true while it is the first word of one of the current query's pairs.</summary>
        public bool[] PhraseStart = [];

        public void Ensure(int size, int terms)
        {
            if (Total.Length < size)
            {
                Total = new float[size];
                GroupBest = new float[size];
                SynonymSum = new float[size];
                Matched = new int[size];
            }

            if (PhraseStart.Length < terms)
            {
                PhraseStart = new bool[terms];
            }
        }
    }
}
