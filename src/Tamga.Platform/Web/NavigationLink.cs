using System.Security.Claims;
using Microsoft.Extensions.Localization;

namespace Tamga.Platform.Web;

/// <summary>
/// An entry of the main navigation, contributed by a module through <c>ITamgaModule.Navigation</c>.
/// Texts are resource keys, looked up in <see cref="Resources"/> (the module's own <c>.resx</c> marker type)
/// or in the platform's <see cref="SharedResource"/> when none is given.
/// </summary>
/// <param name="Href">A local path, e.g. <c>/code-lists</c>.</param>
/// <param name="TextKey">Resource key of the link text.</param>
public sealed record NavigationLink(string Href, string TextKey)
{
    /// <summary>The marker type of the <c>.resx</c> holding <see cref="TextKey"/> and <see cref="DescriptionKey"/>.</summary>
    public Type? Resources { get; init; }

    /// <summary>Resource key of a one-line description, shown on the home page; optional.</summary>
    public string? DescriptionKey { get; init; }

    /// <summary>The user needs one of these roles; empty means every signed-in user.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Shown to visitors who are not signed in as well (the page must allow anonymous access).</summary>
    public bool Public { get; init; }

    /// <summary>Position in the menu, smallest first; links with equal order keep module order.</summary>
    public int Order { get; init; } = 100;

    public bool IsVisibleTo(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Public)
        {
            return true;
        }

        return user.Identity?.IsAuthenticated == true && (Roles.Count == 0 || Roles.Any(user.IsInRole));
    }

    /// <summary>The link text in the current language.</summary>
    public string Text(IStringLocalizerFactory localizers) => Localizer(localizers)[TextKey].Value;

    /// <summary>The description in the current language, if the link has one.</summary>
    public string? Description(IStringLocalizerFactory localizers) => DescriptionKey is null ? null : Localizer(localizers)[DescriptionKey].Value;

    /// <summary>True when this link is the current page or one of its sub-pages.</summary>
    public bool IsCurrent(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Href == "/")
        {
            return path is "/" or "";
        }

        return path.Equals(Href, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(Href.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase);
    }

    private IStringLocalizer Localizer(IStringLocalizerFactory localizers)
    {
        ArgumentNullException.ThrowIfNull(localizers);
        return localizers.Create(Resources ?? typeof(SharedResource));
    }
}
