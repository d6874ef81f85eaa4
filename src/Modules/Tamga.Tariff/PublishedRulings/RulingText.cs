using Tamga.Platform.Web;

namespace Tamga.Tariff.PublishedRulings;

/// <summary>Small helpers for the rulings pages.</summary>
internal static class RulingText
{
    public static string Date(DateOnly day) => Formats.Date(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
}
