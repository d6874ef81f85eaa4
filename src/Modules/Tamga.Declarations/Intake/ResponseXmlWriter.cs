using System.Globalization;
using System.Text;
using System.Xml;

using Tamga.Declarations.Domain;

namespace Tamga.Declarations.Intake;

/// <summary>Who issues the notifications: written in the <c>MetaData</c> header.</summary>
internal sealed record ResponseIssuer
{
    /// <summary>ISO 3166-1 alpha-2 code of the administration's country.</summary>
    public string? ResponsibleCountryCode { get; init; }

    public string? ResponsibleAgencyName { get; init; }

    public static ResponseIssuer Unnamed { get; } = new();
}

/// <summary>
/// Writes a <see cref="DeclarationResponse"/> as a WCO RES-DMS 3.6 notification: <c>md:MetaData</c> holding one
/// <c>Response</c>, valid against <c>notification/DocumentMetaData_2_DMS.xsd</c> + <c>WCO_RES_2_DMS.xsd</c>.
/// Texts longer than the schema allows are shortened.
/// </summary>
internal static class ResponseXmlWriter
{
    private const string Md = DecDmsSchemas.MetaDataNamespace;
    private const string Res = DecDmsSchemas.ResponseNamespace;
    private const string Ds = DecDmsSchemas.ResponseDataNamespace;
    private const int MaxDescription = 512;
    private const int MaxReference = 35;

    public static byte[] WriteUtf8(DeclarationResponse response, ResponseIssuer? issuer = null)
    {
        using var buffer = new MemoryStream();
        Write(response, buffer, issuer);
        return buffer.ToArray();
    }

    public static string Write(DeclarationResponse response, ResponseIssuer? issuer = null) =>
        Encoding.UTF8.GetString(WriteUtf8(response, issuer));

    public static void Write(DeclarationResponse response, Stream output, ResponseIssuer? issuer = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(output);
        issuer ??= ResponseIssuer.Unnamed;

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            CloseOutput = false,
        };
        using var writer = XmlWriter.Create(output, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("md", "MetaData", Md);
        writer.WriteAttributeString("xmlns", "http://www.w3.org/2000/xmlns/", Res);
        writer.WriteAttributeString("xmlns", "ds", "http://www.w3.org/2000/xmlns/", Ds);
        writer.WriteElementString("WCODataModelVersionCode", Md, "3.6");
        writer.WriteElementString("WCOTypeName", Md, "RES");
        Optional(writer, "ResponsibleCountryCode", Md, issuer.ResponsibleCountryCode);
        Optional(writer, "ResponsibleAgencyName", Md, issuer.ResponsibleAgencyName);

        writer.WriteStartElement("Response", Res);
        writer.WriteElementString("FunctionCode", Res, ((int)response.Function).ToString("00", CultureInfo.InvariantCulture));
        writer.WriteElementString("FunctionalReferenceID", Res, Shorten(response.Id, MaxReference));
        WriteDateTime(writer, "IssueDateTime", response.IssuedAt);
        foreach (var information in response.AdditionalInformation)
        {
            writer.WriteStartElement("AdditionalInformation", Res);
            Optional(writer, "StatementCode", Res, information.StatementCode);
            Optional(writer, "StatementDescription", Res, information.StatementDescription is { } text ? Shorten(text, MaxDescription) : null);
            Optional(writer, "StatementTypeCode", Res, information.StatementTypeCode);
            Pointers(writer, information.Pointers);
            writer.WriteEndElement();
        }

        foreach (var amendment in response.Amendments)
        {
            writer.WriteStartElement("Amendment", Res);
            Optional(writer, "ChangeReasonCode", Res, amendment.ChangeReasonCode);
            Pointers(writer, amendment.Pointers);
            writer.WriteEndElement();
        }

        foreach (var error in response.Errors)
        {
            writer.WriteStartElement("Error", Res);
            writer.WriteElementString("Description", Res, Shorten(error.Description, MaxDescription));
            writer.WriteElementString("ValidationCode", Res, error.ValidationCode);
            Pointers(writer, error.Pointers);
            writer.WriteEndElement();
        }

        if (response.Status is { } status)
        {
            writer.WriteStartElement("Status", Res);
            OptionalDateTime(writer, "EffectiveDateTime", status.EffectiveAt);
            writer.WriteElementString("NameCode", Res, status.NameCode);
            OptionalDateTime(writer, "ReleaseDateTime", status.ReleasedAt);
            writer.WriteEndElement();
        }

        WriteDeclaration(writer, response);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void WriteDeclaration(XmlWriter writer, DeclarationResponse response)
    {
        writer.WriteStartElement("Declaration", Res);
        OptionalDateTime(writer, "AcceptanceDateTime", response.AcceptedAt);
        OptionalDateTime(writer, "CancellationDateTime", response.CancelledAt);
        Optional(writer, "FunctionalReferenceID", Res, response.Lrn);
        Optional(writer, "ID", Res, response.Mrn);
        OptionalDateTime(writer, "RejectionDateTime", response.RejectedAt);
        Optional(writer, "VersionID", Res, response.Version?.ToString(CultureInfo.InvariantCulture));
        foreach (var payment in response.Payments)
        {
            writer.WriteStartElement("DutyTaxFee", Res);
            writer.WriteStartElement("Payment", Res);
            Optional(writer, "ReferenceID", Res, payment.ReferenceId);
            OptionalAmount(writer, "TaxAssessedAmount", payment.TaxAssessedAmount);
            OptionalDateTime(writer, "DueDateTime", payment.DueAt);
            OptionalAmount(writer, "PaymentAmount", payment.PaymentAmount);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        if (!response.AssessedItems.IsEmpty)
        {
            writer.WriteStartElement("GoodsShipment", Res);
            foreach (var item in response.AssessedItems)
            {
                writer.WriteStartElement("GovernmentAgencyGoodsItem", Res);
                writer.WriteElementString("SequenceNumeric", Res, item.Sequence.ToString(CultureInfo.InvariantCulture));
                if (!item.DutyTaxFees.IsEmpty)
                {
                    writer.WriteStartElement("Commodity", Res);
                    foreach (var duty in item.DutyTaxFees)
                    {
                        WriteDutyTaxFee(writer, duty);
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteDutyTaxFee(XmlWriter writer, DutyTaxFee duty)
    {
        writer.WriteStartElement("DutyTaxFee", Res);
        OptionalAmount(writer, "AdValoremTaxBaseAmount", duty.AdValoremTaxBase);
        OptionalAmount(writer, "DeductAmount", duty.DeductAmount);
        Optional(writer, "DutyRegimeCode", Res, duty.DutyRegimeCode);
        if (duty.SpecificTaxBase is { } specificBase)
        {
            writer.WriteStartElement("SpecificTaxBaseQuantity", Res);
            if (specificBase.Unit is { } unit)
            {
                writer.WriteAttributeString("unitCode", unit);
            }

            writer.WriteString(Number(specificBase.Value));
            writer.WriteEndElement();
        }

        Optional(writer, "TaxRateNumeric", Res, duty.TaxRate is { } rate ? Number(rate) : null);
        Optional(writer, "TypeCode", Res, duty.TypeCode);
        if (duty.TaxAssessedAmount is not null || duty.PaymentAmount is not null)
        {
            writer.WriteStartElement("Payment", Res);
            OptionalAmount(writer, "TaxAssessedAmount", duty.TaxAssessedAmount);
            OptionalAmount(writer, "PaymentAmount", duty.PaymentAmount);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Pointers(XmlWriter writer, ValueList<Pointer> pointers)
    {
        foreach (var pointer in pointers)
        {
            writer.WriteStartElement("Pointer", Res);
            Optional(writer, "SequenceNumeric", Res, pointer.Sequence?.ToString(CultureInfo.InvariantCulture));
            Optional(writer, "DocumentSectionCode", Res, pointer.DocumentSectionCode);
            Optional(writer, "TagID", Res, pointer.TagId);
            writer.WriteEndElement();
        }
    }

    private static void OptionalAmount(XmlWriter writer, string name, Amount? amount)
    {
        if (amount is null)
        {
            return;
        }

        writer.WriteStartElement(name, Res);
        if (amount.Currency is { } currency)
        {
            writer.WriteAttributeString("currencyID", currency);
        }

        writer.WriteString(Number(amount.Value));
        writer.WriteEndElement();
    }

    private static void OptionalDateTime(XmlWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } moment)
        {
            WriteDateTime(writer, name, moment);
        }
    }

    /// <summary>A date-time in format 304: <c>CCYYMMDDhhmmss</c> followed by <c>Z</c> or a whole-hour offset such as <c>+01</c>.</summary>
    private static void WriteDateTime(XmlWriter writer, string name, DateTimeOffset value)
    {
        writer.WriteStartElement(name, Res);
        writer.WriteStartElement("DateTimeString", Ds);
        writer.WriteAttributeString("formatCode", "304");
        writer.WriteString(Format304(value));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    internal static string Format304(DateTimeOffset value)
    {
        var offset = value.Offset;
        if (offset == TimeSpan.Zero || offset.Minutes != 0)
        {
            return value.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return value.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + sign + Math.Abs(offset.Hours).ToString("00", CultureInfo.InvariantCulture);
    }

    private static void Optional(XmlWriter writer, string name, string ns, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteElementString(name, ns, value);
        }
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];
}
