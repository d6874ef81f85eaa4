namespace Tamga.Tariff;

/// <summary>The module's routes, in one place.</summary>
internal static class TariffApi
{
    public const string Root = "/api/v1/tariff";
    public const string Search = "/search";
    public const string Commodity = "/commodities/{code}";
    public const string Classify = "/classify";
    public const string Coverage = "/coverage";
    public const string Unparsed = "/unparsed";
    public const string Unmapped = "/unmapped";

    public static string CommodityPath(string code) => $"{Root}/commodities/{code}";
}
