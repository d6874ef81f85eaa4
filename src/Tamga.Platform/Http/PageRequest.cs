using Tamga.Kernel.Errors;

namespace Tamga.Platform.Http;

/// <summary>Paging parameters of the API: <c>page</c> from 1, <c>pageSize</c> within the endpoint's bound.</summary>
public static class PageRequest
{
    public const int MaxPage = 100_000;

    /// <summary>The page and size asked for (or the defaults); out-of-bound values add a violation naming the parameter.</summary>
    public static (int Page, int PageSize) Read(int? page, int? pageSize, int defaultSize, int maxSize, ICollection<RuleViolation> errors)
    {
        var size = pageSize ?? defaultSize;
        var number = page ?? 1;
        if (size < 1 || size > maxSize)
        {
            errors.Add(new("pageSize", "PAGE-SIZE", $"pageSize is between 1 and {maxSize}."));
        }

        if (number is < 1 or > MaxPage)
        {
            errors.Add(new("page", "PAGE", $"page is between 1 and {MaxPage}."));
        }

        return (number, size);
    }
}
