namespace Tamga.Platform.Web;

/// <summary>Guards redirects (return URLs) against leaving the site: only local paths are followed.</summary>
public static class LocalUrl
{
    /// <summary>True for <c>/path</c> and <c>~/path</c>; false for absolute URLs, <c>//host</c>, <c>/\host</c> and control characters.</summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        if (url[0] == '/')
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\' && !HasControlCharacters(url));
        }

        if (url.Length > 1 && url[0] == '~' && url[1] == '/')
        {
            return url.Length == 2 || (url[2] != '/' && url[2] != '\\' && !HasControlCharacters(url));
        }

        return false;
    }

    /// <summary><paramref name="url"/> when it is local, otherwise <paramref name="fallback"/>.</summary>
    public static string OrDefault(string? url, string fallback = "/")
    {
        if (!IsLocal(url))
        {
            return fallback;
        }

        return url![0] == '~' ? url[1..] : url;
    }

    private static bool HasControlCharacters(string url) => url.Any(char.IsControl);
}
