namespace Tamga.Tariff.Search;

/// <summary>
/// The Porter stemming algorithm (M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980):
/// reduces English words to a common stem, e.g. <c>horses</c> and <c>horse</c> to <c>hors</c>,
/// <c>preserved</c> and <c>preserving</c> to <c>preserv</c>. Input is lower-case ASCII letters.
/// </summary>
internal static class PorterStemmer
{
    private static readonly (string Suffix, string Replacement)[] Step2 = Longest(
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ]);

    private static readonly (string Suffix, string Replacement)[] Step3 = Longest(
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ]);

    private static readonly string[] Step4 =
        new[] { "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize" }
            .OrderByDescending(s => s.Length).ToArray();

    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var w = word;
        w = Step1A(w);
        w = Step1B(w);
        w = Step1C(w);
        w = Replace(w, Step2, 0);
        w = Replace(w, Step3, 0);
        w = Step4Remove(w);
        w = Step5(w);
        return w;
    }

    private static (string, string)[] Longest((string Suffix, string Replacement)[] rules) =>
        rules.OrderByDescending(r => r.Suffix.Length).ToArray();

    private static bool IsConsonant(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    /// <summary>m: the number of vowel-consonant sequences in <paramref name="w"/>[..<paramref name="length"/>].</summary>
    private static int Measure(string w, int length)
    {
        var m = 0;
        var i = 0;
        while (i < length && IsConsonant(w, i))
        {
            i++;
        }

        while (i < length)
        {
            while (i < length && !IsConsonant(w, i))
            {
                i++;
            }

            if (i >= length)
            {
                break;
            }

            while (i < length && IsConsonant(w, i))
            {
                i++;
            }

            m++;
        }

        return m;
    }

    private static bool HasVowel(string w, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (!IsConsonant(w, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithDoubleConsonant(string w, int length) =>
        length >= 2 && w[length - 1] == w[length - 2] && IsConsonant(w, length - 1);

    /// <summary>*o: the stem ends consonant-vowel-consonant, the last not w, x or y.</summary>
    private static bool EndsCvc(string w, int length) =>
        length >= 3 && IsConsonant(w, length - 3) && !IsConsonant(w, length - 2) && IsConsonant(w, length - 1)
        && w[length - 1] is not ('w' or 'x' or 'y');

    private static string Step1A(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w;
        }

        return w.EndsWith('s') ? w[..^1] : w;
    }

    private static string Step1B(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            return Measure(w, w.Length - 3) > 0 ? w[..^1] : w;
        }

        string stem;
        if (w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w, w.Length - 2))
        {
            stem = w[..^2];
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w, w.Length - 3))
        {
            stem = w[..^3];
        }
        else
        {
            return w;
        }

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        if (EndsWithDoubleConsonant(stem, stem.Length) && stem[^1] is not ('l' or 's' or 'z'))
        {
            return stem[..^1];
        }

        if (Measure(stem, stem.Length) == 1 && EndsCvc(stem, stem.Length))
        {
            return stem + "e";
        }

        return stem;
    }

    private static string Step1C(string w) =>
        w.EndsWith('y') && HasVowel(w, w.Length - 1) ? w[..^1] + "i" : w;

    private static string Replace(string w, (string Suffix, string Replacement)[] rules, int minimumMeasure)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stemLength = w.Length - suffix.Length;
                return Measure(w, stemLength) > minimumMeasure ? w[..stemLength] + replacement : w;
            }
        }

        return w;
    }

    private static string Step4Remove(string w)
    {
        foreach (var suffix in Step4)
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stemLength = w.Length - suffix.Length;
            if (suffix == "ion" && (stemLength == 0 || w[stemLength - 1] is not ('s' or 't')))
            {
                return w;
            }

            return Measure(w, stemLength) > 1 ? w[..stemLength] : w;
        }

        return w;
    }

    private static string Step5(string w)
    {
        if (w.EndsWith('e'))
        {
            var m = Measure(w, w.Length - 1);
            if (m > 1 || (m == 1 && !EndsCvc(w, w.Length - 1)))
            {
                w = w[..^1];
            }
        }

        if (w.EndsWith("ll", StringComparison.Ordinal) && Measure(w, w.Length) > 1)
        {
            w = w[..^1];
        }

        return w;
    }
}
