using System.Globalization;

namespace Tamga.Platform.Web;

/// <summary>Dates and numbers on screen, in the current request's culture (month names spelt out, never ambiguous).</summary>
public static class Formats
{
    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Number(decimal value, int decimals = 2) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>A calendar date, e.g. 5 Mar 2025 / 5 mars 2025 / 5 мар. 2025.</summary>
    public static string Date(DateTimeOffset value) => value.ToUniversalTime().ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A date and time in UTC, e.g. 5 Mar 2025 14:30 UTC.</summary>
    public static string DateTime(DateTimeOffset value) => value.ToUniversalTime().ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture) + " UTC";
}
