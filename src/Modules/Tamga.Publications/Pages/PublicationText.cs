using Microsoft.Extensions.Localization;
using Tamga.Platform.Web;

namespace Tamga.Publications.Pages;

/// <summary>Small helpers for the publications pages.</summary>
internal static class PublicationText
{
    public static string Date(DateOnly day) => Formats.Date(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    public static string Effective(IStringLocalizer t, DateOnly from, DateOnly? to) =>
        to is { } end ? t["Field.FromTo", Date(from), Date(end)] : t["Field.From", Date(from)];
}
