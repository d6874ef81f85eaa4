using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Tamga.Tariff.Search;

/// <summary>
/// Turns nomenclature texts and queries into search terms: lower case, accents removed, US spellings as the
/// (British) nomenclature writes them, stop words dropped, Porter stems.
/// </summary>
internal static partial class TextAnalyzer
{
    /// <summary>English function words, and the nomenclature's own filler words that say nothing about the goods.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to", "by", "with", "without", "from", "as", "its", "their",
        "whether", "not", "other", "others", "than", "nes", "etc", "such", "be", "being", "been", "is", "are", "was", "which",
        "this", "that", "these", "those", "into", "per", "any", "all", "kind", "kinds", "used", "mainly", "solely", "principally",
        "thereof", "excl", "incl", "including", "excluding", "otherwise", "specified", "included", "elsewhere", "also", "but",
        "only", "no", "non", "it", "they", "we", "our", "my", "your", "has", "have", "had", "do", "does", "each", "some",
        "type", "types", "goods", "item", "items", "product", "products", "article", "articles", "similar", "like", "form",
        "forms", "whole", "part", "value", "weight", "content", "containing", "contents", "kg", "g", "mm", "cm", "m", "l", "ml",
        "x", "pcs", "pc", "pack", "packs", "set", "sets", "box", "boxes", "unit", "units", "qty", "quantity", "via", "eg", "ie",
        "either", "neither", "nor", "less", "more", "exceeding", "max", "min", "approx", "upto",
    };

    /// <summary>US spellings a trader may use, written as the nomenclature (British English) writes them.</summary>
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["aluminum"] = "aluminium", ["color"] = "colour", ["colors"] = "colours", ["colored"] = "coloured", ["flavor"] = "flavour",
        ["flavored"] = "flavoured", ["flavors"] = "flavours", ["odor"] = "odour", ["vapor"] = "vapour", ["fiber"] = "fibre",
        ["fibers"] = "fibres", ["center"] = "centre", ["meter"] = "metre", ["meters"] = "metres", ["liter"] = "litre",
        ["liters"] = "litres", ["tire"] = "tyre", ["tires"] = "tyres", ["gray"] = "grey", ["jewelry"] = "jewellery",
        ["sulfur"] = "sulphur", ["sulfate"] = "sulphate", ["sulfates"] = "sulphates", ["sulfide"] = "sulphide",
        ["sulfuric"] = "sulphuric", ["mold"] = "mould", ["molds"] = "moulds", ["molded"] = "moulded", ["plow"] = "plough",
        ["pajamas"] = "pyjamas", ["catalog"] = "catalogue", ["program"] = "programme", ["harbor"] = "harbour",
        ["labor"] = "labour", ["defense"] = "defence", ["ton"] = "tonne", ["tons"] = "tonnes", ["yogurt"] = "yoghurt",
        ["donut"] = "doughnut", ["diaper"] = "napkin", ["diapers"] = "napkins", ["gasoline"] = "petrol",
    };

    /// <summary>The search terms of a text, in order (duplicates kept).</summary>
    public static List<string> Terms(string text) => Terms(text, null);

    /// <summary>The search terms of a text; <paramref name="memo"/> remembers each word's term (for building an index).</summary>
    public static List<string> Terms(string text, Dictionary<string, string?>? memo)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            string? term;
            if (memo is null)
            {
                term = Term(word);
            }
            else if (!memo.TryGetValue(word, out term))
            {
                term = Term(word);
                memo[word] = term;
            }

            if (term is not null)
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>The terms a nomenclature text describes its goods with: what it excludes (<c>(excl. …)</c>, <c>other than …</c>) is left out.</summary>
    public static List<string> DescriptionTerms(string description, Dictionary<string, string?>? memo = null) => Terms(WithoutExclusions(description), memo);

    /// <summary>The search term of one word (lower case, no accents); null for stop words, numbers and single letters.</summary>
    public static string? Term(string word)
    {
        if (word.Length < 2 || word.All(char.IsAsciiDigit))
        {
            return null;
        }

        var spelled = Spellings.GetValueOrDefault(word, word);
        if (StopWords.Contains(spelled))
        {
            return null;
        }

        // -ise and -ize (fertiliser, fertilizer) stem alike.
        spelled = IseEnding().Replace(spelled, "iz$1");
        return PorterStemmer.Stem(spelled);
    }

    /// <summary>Lower-case words of letters and digits, accents removed.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    public static string WithoutExclusions(string description)
    {
        var text = description;
        var open = text.IndexOf("(excl", StringComparison.OrdinalIgnoreCase);
        while (open >= 0)
        {
            var depth = 0;
            var close = open;
            for (; close < text.Length; close++)
            {
                if (text[close] == '(')
                {
                    depth++;
                }
                else if (text[close] == ')' && --depth == 0)
                {
                    break;
                }
            }

            text = text[..open] + (close < text.Length ? text[(close + 1)..] : "");
            open = text.IndexOf("(excl", StringComparison.OrdinalIgnoreCase);
        }

        return OtherThan().Replace(text, " ");
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"(?<=[a-z]{3})is(e|es|er|ers|ed|ing|ation|ations)$")]
    private static partial Regex IseEnding();

    [GeneratedRegex(@"\b(?:other than|except|excluding)\b[^;,()]*", RegexOptions.IgnoreCase)]
    private static partial Regex OtherThan();
}
