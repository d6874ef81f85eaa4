using Microsoft.AspNetCore.Http;

namespace Tamga.Platform.Web;

/// <summary>Tells requests for pages (answered with HTML) from API and machine requests (answered with ProblemDetails).</summary>
public static class WebRequests
{
    private static readonly PathString[] MachinePaths = ["/api", "/openapi", "/health", "/_framework", "/_content"];

    public static bool IsPage(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            return false;
        }

        if (MachinePaths.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
    }
}
