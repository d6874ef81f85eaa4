using Microsoft.AspNetCore.Components;

namespace Tamga.Platform.Web;

public static class NavigationExtensions
{
    /// <summary>The current page as a local URL (<c>/path?query</c>, without fragment), e.g. for return URLs and in-page anchors.</summary>
    public static string CurrentLocalUrl(this NavigationManager navigation)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        return ToLocal(navigation, navigation.Uri);
    }

    /// <summary>The current path only (<c>/path</c>), e.g. to mark the current menu entry.</summary>
    public static string CurrentPath(this NavigationManager navigation)
    {
        var local = navigation.CurrentLocalUrl();
        var query = local.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? local : local[..query];
    }

    /// <summary>A local URL for <paramref name="absoluteUri"/> (one that NavigationManager built, e.g. with a query parameter changed).</summary>
    public static string ToLocal(this NavigationManager navigation, string absoluteUri)
    {
        ArgumentNullException.ThrowIfNull(navigation);
        var relative = "/" + navigation.ToBaseRelativePath(absoluteUri);
        var fragment = relative.IndexOf('#', StringComparison.Ordinal);
        return fragment < 0 ? relative : relative[..fragment];
    }
}
