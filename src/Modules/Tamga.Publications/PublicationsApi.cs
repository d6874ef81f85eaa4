using System.Globalization;

namespace Tamga.Publications;

/// <summary>The module's API and screen routes, in one place.</summary>
internal static class PublicationsApi
{
    public const string Root = "/api/v1/publications";
    public const string NewsletterRoot = "/api/v1/newsletter";

    public const string Page = "/publications";
    public const string ManagePage = "/publications/manage";
    public const string SubscribePage = "/newsletter";
    public const string ConfirmPage = "/newsletter/confirm";
    public const string UnsubscribePage = "/newsletter/unsubscribe";

    public static string Publication(string number) => $"{Page}/{Uri.EscapeDataString(number)}";

    public static string Attachment(string number, int version) => $"{Root}/{Uri.EscapeDataString(number)}/versions/{version.ToString(CultureInfo.InvariantCulture)}/attachment";

    public static string Verification(string number, int version) => $"{Root}/{Uri.EscapeDataString(number)}/versions/{version.ToString(CultureInfo.InvariantCulture)}/verification";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
