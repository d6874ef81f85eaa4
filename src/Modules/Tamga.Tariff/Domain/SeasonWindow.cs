using System.Globalization;

namespace Tamga.Tariff.Domain;

/// <summary>
/// Days of the year from one day-and-month to another, both included; a window whose end comes before its start
/// runs over the new year (e.g. 16 July to 15 June).
/// </summary>
internal readonly record struct SeasonWindow(int StartMonth, int StartDay, int EndMonth, int EndDay)
{
    private int Start => (StartMonth * 100) + StartDay;

    private int End => (EndMonth * 100) + EndDay;

    public bool Contains(DateOnly date)
    {
        var day = (date.Month * 100) + date.Day;
        // 29 February counts as 28 February: the seasons are written for any year.
        if (day == 229)
        {
            day = 228;
        }

        return Start <= End ? day >= Start && day <= End : day >= Start || day <= End;
    }

    /// <summary>As stored: <c>MMDD-MMDD</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start:0000}-{End:0000}");

    public static string Format(IEnumerable<SeasonWindow> windows) => string.Join(';', windows.Select(w => w.ToString()));

    public static IReadOnlyList<SeasonWindow> ParseList(string stored) =>
        stored.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(ParseOne).ToList();

    private static SeasonWindow ParseOne(string text)
    {
        var start = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var end = int.Parse(text.AsSpan(5, 4), CultureInfo.InvariantCulture);
        return new SeasonWindow(start / 100, start % 100, end / 100, end % 100);
    }

    /// <summary>The days of a (non-leap) year that none of <paramref name="windows"/> covers, as windows.</summary>
    public static IReadOnlyList<SeasonWindow> Complement(IEnumerable<SeasonWindow> windows)
    {
        var list = windows.ToList();
        var result = new List<SeasonWindow>();
        DateOnly? open = null;
        var day = new DateOnly(2001, 1, 1);
        for (; day.Year == 2001; day = day.AddDays(1))
        {
            var covered = list.Any(w => w.Contains(day));
            if (!covered && open is null)
            {
                open = day;
            }
            else if (covered && open is { } from)
            {
                var to = day.AddDays(-1);
                result.Add(new SeasonWindow(from.Month, from.Day, to.Month, to.Day));
                open = null;
            }
        }

        if (open is { } last)
        {
            result.Add(new SeasonWindow(last.Month, last.Day, 12, 31));
        }

        return result;
    }
}
