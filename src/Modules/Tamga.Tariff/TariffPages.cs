using System.Globalization;

namespace Tamga.Tariff;

/// <summary>The module's screen routes, in one place.</summary>
internal static class TariffPages
{
    public const string Browse = "/tariff";
    public const string Search = "/tariff/search";
    public const string Classify = "/classify";

    public static string BrowseTo(string code) => $"{Browse}/browse/{Uri.EscapeDataString(code)}";

    public static string Commodity(string code, DateOnly? date = null) =>
        date is null ? $"{Browse}/commodities/{code}" : $"{Browse}/commodities/{code}?date={Iso(date.Value)}";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
