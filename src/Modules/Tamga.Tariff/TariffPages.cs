using System.Globalization;

namespace Tamga.Tariff;

/// <summary>The module's screen routes, in one place.</summary>
internal static class TariffPages
{
    public const string Browse = "/tariff";
    public const string Search = "/tariff/search";
    public const string Classify = "/classify";

    public const string Rulings = "/rulings";
    public const string MyRulings = "/my-rulings";
    public const string Apply = "/my-rulings/apply";
    public const string RulingQueue = "/ruling-queue";
    public const string Measures = "/tariff/measures";
    public const string RecordCourtDecision = "/court-decisions/record";

    public static string Ruling(string number) => $"{Rulings}/{Uri.EscapeDataString(number)}";

    public static string CourtDecision(string number) => $"{Rulings}/court-decisions/{Uri.EscapeDataString(number)}";

    public static string Application(Guid id) => $"/ruling-applications/{id}";

    public static string Attachment(Guid application, Guid attachment) => $"{TariffApi.Root}/rulings/applications/{application}/attachments/{attachment}";

    public static string BrowseTo(string code) => $"{Browse}/browse/{Uri.EscapeDataString(code)}";

    public static string Commodity(string code, DateOnly? date = null) =>
        date is null ? $"{Browse}/commodities/{code}" : $"{Browse}/commodities/{code}?date={Iso(date.Value)}";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
