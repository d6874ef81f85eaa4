using Microsoft.EntityFrameworkCore;

namespace Tamga.Platform.Web;

/// <summary>One page of a longer list, with what a pager needs to link to the others.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    public int PageCount => Total == 0 ? 1 : (int)(((long)Total + Size - 1) / Size);

    /// <summary>1-based position of the first item shown (0 when empty).</summary>
    public int FirstIndex => Total == 0 ? 0 : ((Number - 1) * Size) + 1;

    public int LastIndex => Math.Min(Number * Size, Total);
}

/// <summary>Builds pages from a sequence or a query; page numbers outside the range are clamped.</summary>
public static class Paging
{
    public const int DefaultSize = 25;

    public const int MaxSize = 200;

    public static PageOf<T> Of<T>(IEnumerable<T> source, int? page, int? size = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var list = source as IReadOnlyList<T> ?? source.ToList();
        var (number, pageSize) = Clamp(list.Count, page, size);
        var items = list.Skip((number - 1) * pageSize).Take(pageSize).ToList();
        return new PageOf<T>(items, number, pageSize, list.Count);
    }

    public static async Task<PageOf<T>> ToPageAsync<T>(this IQueryable<T> query, int? page, int? size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var total = await query.CountAsync(cancellationToken);
        var (number, pageSize) = Clamp(total, page, size);
        var items = await query.Skip((number - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PageOf<T>(items, number, pageSize, total);
    }

    private static (int Number, int Size) Clamp(int total, int? page, int? size)
    {
        var pageSize = Math.Clamp(size ?? DefaultSize, 1, MaxSize);
        var pages = total == 0 ? 1 : (int)(((long)total + pageSize - 1) / pageSize);
        return (Math.Clamp(page ?? 1, 1, pages), pageSize);
    }
}
