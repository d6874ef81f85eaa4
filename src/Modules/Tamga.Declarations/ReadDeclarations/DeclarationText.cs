using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Tamga.Declarations.Domain;
using Tamga.Platform.Web;

namespace Tamga.Declarations.ReadDeclarations;

/// <summary>A line of text on screen: what happened, in the reader's language, and what a person wrote, as written.</summary>
internal sealed record ScreenText(string Text, string? Quote = null);

/// <summary>
/// How statuses, channels, timeline steps and notifications read on screen. The declaration keeps them as codes and
/// English system text (for the audit trail and the DMS messages); the screens say them in the reader's language and
/// quote only what a person wrote (findings, reasons, document requests).
/// </summary>
internal static partial class DeclarationText
{
    public static string Status(IStringLocalizer t, string status) => t.TextOr("Status." + status, status);

    public static BadgeTone StatusTone(string status) => status switch
    {
        nameof(DeclarationStatus.Registered) => BadgeTone.Info,
        nameof(DeclarationStatus.UnderControl) or nameof(DeclarationStatus.AwaitingPayment) => BadgeTone.Warning,
        nameof(DeclarationStatus.Released) => BadgeTone.Success,
        nameof(DeclarationStatus.Rejected) or nameof(DeclarationStatus.Refused) => BadgeTone.Danger,
        _ => BadgeTone.Neutral,
    };

    public static string Channel(IStringLocalizer t, string? channel) => channel is null ? t["Channel.None"] : t.TextOr("Channel." + channel, channel);

    public static BadgeTone ChannelTone(string? channel) => channel switch
    {
        "Green" => BadgeTone.Success,
        "Yellow" => BadgeTone.Warning,
        "Red" => BadgeTone.Danger,
        _ => BadgeTone.Neutral,
    };

    /// <summary>
    /// A reason of the risk decision. The shipped criteria's reasons are translated; an administration's own are
    /// shown as its configuration writes them.
    /// </summary>
    public static string Reason(IStringLocalizer t, string reason) => t.TextOr("Reason." + reason, reason);

    /// <summary>Who did something: a user's name, or the system.</summary>
    public static string Actor(IStringLocalizer t, string actor) =>
        actor.StartsWith("user:", StringComparison.Ordinal) ? actor["user:".Length..]
        : actor.StartsWith("system:", StringComparison.Ordinal) ? t["Actor.System"]
        : actor;

    /// <summary>One step of the status timeline.</summary>
    public static ScreenText Step(IStringLocalizer t, StatusChangeView step)
    {
        var reason = step.Reason;
        return step.Status switch
        {
            nameof(DeclarationStatus.Rejected) => new(t["Step.Rejected", LeadingNumber(reason) ?? "?"]),
            nameof(DeclarationStatus.Registered) when AmendmentPattern().Match(reason) is { Success: true } amendment =>
                new(t["Step.Amended", amendment.Groups[1].Value], amendment.Groups[2].Value is "amended by the declarant" or "" ? null : amendment.Groups[2].Value),
            nameof(DeclarationStatus.Registered) => new(t["Step.Registered"]),
            nameof(DeclarationStatus.UnderControl) when reason.StartsWith("yellow", StringComparison.Ordinal) => new(t["Step.DocumentaryCheck"]),
            nameof(DeclarationStatus.UnderControl) => new(t["Step.PhysicalExamination"]),
            nameof(DeclarationStatus.AwaitingPayment) => new(t["Step.AwaitingPayment"]),
            nameof(DeclarationStatus.Released) when step.Actor.StartsWith("system:", StringComparison.Ordinal) => new(t["Step.ReleasedAutomatically"]),
            nameof(DeclarationStatus.Released) => new(t["Step.ReleasedAfterControl"], After(reason, "control result: release — ")),
            nameof(DeclarationStatus.Refused) => new(t["Step.Refused"], After(reason, "control result: refused — ")),
            nameof(DeclarationStatus.Cancelled) => new(t["Step.Cancelled"], After(reason, "cancelled by the declarant: ")),
            nameof(DeclarationStatus.Invalidated) => new(t["Step.Invalidated"], After(reason, "invalidated by customs: ")),
            _ => new(reason),
        };
    }

    public static string NotificationType(IStringLocalizer t, string type) => t.TextOr("Notification." + type, type);

    /// <summary>What a DMS notification says, in the reader's language.</summary>
    public static ScreenText Notification(IStringLocalizer t, NotificationView notification, DeclarationSummary declaration)
    {
        var message = notification.Message;
        return notification.Type switch
        {
            NotificationTypes.Accepted when VersionPattern().Match(message) is { Success: true } version => new(t["Note.AmendmentAccepted", version.Groups[1].Value]),
            NotificationTypes.Accepted => new(t["Note.Accepted", notification.Mrn ?? "—"]),
            NotificationTypes.Rejected => new(t["Note.Rejected", notification.Errors is { ValueKind: System.Text.Json.JsonValueKind.Array } errors ? errors.GetArrayLength().ToString(CultureInfo.CurrentCulture) : "?"]),
            NotificationTypes.UnderControl when message.Contains("documentary", StringComparison.Ordinal) => new(t["Note.DocumentaryCheck", declaration.ControlOffice ?? "—"]),
            NotificationTypes.UnderControl => new(t["Note.PhysicalExamination", declaration.ControlOffice ?? "—"]),
            NotificationTypes.DocumentsRequested => new(t["Note.DocumentsRequested"], After(message, "Documents requested: ")),
            NotificationTypes.ControlResult when message.StartsWith("Control completed, goods released. ", StringComparison.Ordinal) =>
                new(t["Note.ControlReleased"], After(message, "Control completed, goods released. ")),
            NotificationTypes.ControlResult => new(t["Note.ControlRefused"], After(message, "Control completed, release refused. ")),
            NotificationTypes.Cleared => new(t["Note.Cleared"]),
            NotificationTypes.Invalidated when message.StartsWith("Cancellation accepted: ", StringComparison.Ordinal) =>
                new(t["Note.Cancelled"], After(message, "Cancellation accepted: ")),
            NotificationTypes.Invalidated => new(t["Note.Invalidated"], After(message, "Declaration invalidated: ")),
            NotificationTypes.TaxAssessment when message.StartsWith("Duties and taxes assessed: ", StringComparison.Ordinal) =>
                new(t["Note.TaxAssessed", Formats.Number(declaration.Duties.Total), declaration.Duties.Currency ?? ""]),
            NotificationTypes.TaxAssessment => new(t["Note.AwaitingPayment"]),
            _ => new(message),
        };
    }

    /// <summary>A business rule's message in the reader's language (<c>Rule.&lt;code&gt;</c>), or the rule's own English text.</summary>
    public static string Rule(IStringLocalizer t, string rule, string message) => t.TextOr("Rule." + rule, message);

    /// <summary>How long ago, e.g. "3 h 20 min", "2 d 4 h".</summary>
    public static string Age(IStringLocalizer t, TimeSpan age)
    {
        if (age < TimeSpan.Zero)
        {
            age = TimeSpan.Zero;
        }

        return age.TotalHours < 1 ? t["Age.Minutes", (int)age.TotalMinutes]
            : age.TotalDays < 1 ? t["Age.Hours", (int)age.TotalHours, age.Minutes]
            : t["Age.Days", (int)age.TotalDays, age.Hours];
    }

    /// <summary>A page number from the query string; anything that is not a positive number is the first page.</summary>
    public static int PageNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    /// <summary>A quantity with up to three decimals in the reader's format, e.g. 1,250.5 or 1 250,5.</summary>
    public static string Quantity(decimal value) => value.ToString("#,##0.###", CultureInfo.CurrentCulture);

    private static string? After(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : text;

    private static string? LeadingNumber(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end == 0 ? null : text[..end];
    }

    [GeneratedRegex(@"^amendment (\d+) accepted: (.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AmendmentPattern();

    [GeneratedRegex(@"\(version (\d+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
