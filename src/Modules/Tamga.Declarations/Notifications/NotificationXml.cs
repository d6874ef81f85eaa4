using System.Text.Json;
using System.Xml.Linq;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Intake;
using Tamga.Kernel.Errors;

namespace Tamga.Declarations.Notifications;

/// <summary>
/// A declaration's notifications as WCO RES-DMS 3.6 documents (each valid against the DMS notification
/// schemas), listed in order inside a <c>Notifications</c> element.
/// </summary>
internal static class NotificationXml
{
    public static string Write(Declaration declaration, IReadOnlyList<Notification> notifications)
    {
        var list = new XElement("Notifications", notifications.Select(n => XElement.Parse(ResponseXmlWriter.Write(Response(declaration, n)))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), list).ToString();
    }

    public static DeclarationResponse Response(Declaration declaration, Notification notification) => new()
    {
        Function = (ResponseFunction)int.Parse(notification.FunctionCode, System.Globalization.CultureInfo.InvariantCulture),
        Id = notification.Id.ToString("N"),
        IssuedAt = notification.IssuedAt,
        Lrn = notification.Lrn,
        Mrn = notification.Mrn,
        Version = declaration.Version,
        AcceptedAt = notification.Type == NotificationTypes.Accepted ? declaration.RegisteredAt : null,
        RejectedAt = notification.Type == NotificationTypes.Rejected ? notification.IssuedAt : null,
        Errors = ValueList.From(Errors(notification).Select(e => new ResponseError(e.Rule.Length <= 8 ? e.Rule : e.Rule[..8], $"{e.Field}: {e.Message}")).ToArray()),
    };

    private static IReadOnlyList<RuleViolation> Errors(Notification notification) =>
        notification.Errors is null ? [] : JsonSerializer.Deserialize<List<RuleViolation>>(notification.Errors, JsonSerializerOptions.Web) ?? [];
}
