using System.Globalization;

namespace Tamga.Platform.Web;

/// <summary>A language the screens are offered in, with its name written in that language.</summary>
public sealed record UiLanguage(string Code, string NativeName);

/// <summary>The languages of the user interface and the current one.</summary>
public static class UiCulture
{
    public const string Default = "en";

    public static readonly IReadOnlyList<UiLanguage> Languages =
    [
        new("en", "English"),
        new("fr", "Français"),
        new("ru", "Русский"),
    ];

    public static IReadOnlyList<string> Codes { get; } = Languages.Select(l => l.Code).ToArray();

    /// <summary>
    /// The two-letter code (en, fr, ru) of the current request's language, e.g. for
    /// <c>CodeEntry.Describe(UiCulture.Language)</c>.
    /// </summary>
    public static string Language => Normalise(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? Default;

    /// <summary>The supported code for <paramref name="code"/> (case-insensitive, region ignored), or null.</summary>
    public static string? Normalise(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var language = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return Codes.Contains(language, StringComparer.Ordinal) ? language : null;
    }
}
