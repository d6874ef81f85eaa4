using Microsoft.Extensions.Localization;

namespace Tamga.Platform.Web;

/// <summary>Translations with a fallback, for keys built from data (role names, rule codes, code list names).</summary>
public static class LocalizerExtensions
{
    /// <summary>The translation of <paramref name="key"/>, or <paramref name="fallback"/> when no resource has the key.</summary>
    public static string TextOr(this IStringLocalizer localizer, string key, string fallback, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = arguments.Length == 0 ? localizer[key] : localizer[key, arguments];
        return text.ResourceNotFound ? fallback : text.Value;
    }

    /// <summary>A role's name in the current language (<c>Role.&lt;role&gt;</c> in <see cref="SharedResource"/>).</summary>
    public static string RoleName(this IStringLocalizer<SharedResource> localizer, string role) =>
        localizer.TextOr("Role." + role, role);

    /// <summary>A skill's name in the current language (<c>Skill.&lt;skill&gt;</c> in <see cref="SharedResource"/>).</summary>
    public static string SkillName(this IStringLocalizer<SharedResource> localizer, string skill) =>
        localizer.TextOr("Skill." + skill, skill);
}
