using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Tamga.Declarations.Domain;
using Tamga.Kernel.Errors;

namespace Tamga.Declarations.Notifications;

/// <summary>
/// Writes a declaration's notifications as WCO RES-DMS 3.6 documents (one <c>MetaData</c> per notification,
/// inside a <c>Notifications</c> list), with the namespaces of the DMS notification schemas.
/// </summary>
internal static class NotificationXml
{
    public const string MetaDataNamespace = "urn:wco:datamodel:WCO:DocumentMetaData-DMS:2";
    public const string ResponseNamespace = "urn:wco:datamodel:WCO:RES-DMS:2";
    public const string ResponseDataTypesNamespace = "urn:wco:datamodel:WCO:Response_DS:DMS:2";

    public static string Write(Declaration declaration, IReadOnlyList<Notification> notifications)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartElement("Notifications");
            foreach (var notification in notifications)
            {
                WriteMetaData(xml, declaration, notification);
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }

    public static void WriteMetaData(XmlWriter xml, Declaration declaration, Notification notification)
    {
        xml.WriteStartElement("md", "MetaData", MetaDataNamespace);
        xml.WriteAttributeString("xmlns", "res", null, ResponseNamespace);
        xml.WriteAttributeString("xmlns", "ds", null, ResponseDataTypesNamespace);
        xml.WriteElementString("WCODataModelVersionCode", MetaDataNamespace, "3.6");
        xml.WriteElementString("WCOTypeName", MetaDataNamespace, "RES");
        xml.WriteStartElement("Response", ResponseNamespace);
        xml.WriteElementString("FunctionCode", ResponseNamespace, notification.FunctionCode);
        xml.WriteElementString("FunctionalReferenceID", ResponseNamespace, notification.Id.ToString("N"));
        xml.WriteStartElement("IssueDateTime", ResponseNamespace);
        xml.WriteStartElement("DateTimeString", ResponseDataTypesNamespace);
        xml.WriteAttributeString("formatCode", "304");
        xml.WriteString(notification.IssuedAt.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z");
        xml.WriteEndElement();
        xml.WriteEndElement();
        foreach (var error in Errors(notification))
        {
            xml.WriteStartElement("Error", ResponseNamespace);
            xml.WriteElementString("Description", ResponseNamespace, error.Message);
            xml.WriteElementString("ValidationCode", ResponseNamespace, error.Rule);
            xml.WriteStartElement("Pointer", ResponseNamespace);
            xml.WriteElementString("DocumentSectionCode", ResponseNamespace, "42A");
            xml.WriteElementString("TagID", ResponseNamespace, error.Field.Length > 4 ? error.Field[..4] : error.Field);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteStartElement("Declaration", ResponseNamespace);
        xml.WriteElementString("FunctionalReferenceID", ResponseNamespace, notification.Lrn);
        if (notification.Mrn is not null)
        {
            xml.WriteElementString("ID", ResponseNamespace, notification.Mrn);
        }

        xml.WriteElementString("VersionID", ResponseNamespace, declaration.Version.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static IReadOnlyList<RuleViolation> Errors(Notification notification) =>
        notification.Errors is null ? [] : JsonSerializer.Deserialize<List<RuleViolation>>(notification.Errors, JsonSerializerOptions.Web) ?? [];
}
