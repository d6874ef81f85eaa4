using System.Text.Json;
using System.Xml.Linq;
using Tamga.Declarations.Contracts;
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
        AdditionalInformation = TaxAssessment(declaration, notification) ? Explanations(declaration) : ValueList<AdditionalInformation>.Empty,
        Payments = TaxAssessment(declaration, notification) ? ValueList.From([Payment(declaration)]) : ValueList<ResponsePayment>.Empty,
        AssessedItems = TaxAssessment(declaration, notification) ? AssessedItems(declaration) : ValueList<AssessedItem>.Empty,
    };

    private static bool TaxAssessment(Declaration declaration, Notification notification) =>
        notification.Type == NotificationTypes.TaxAssessment && declaration.DutyAssessed;

    /// <summary>The total assessed at declaration level, and what is still to pay (nothing once paid or secured).</summary>
    private static ResponsePayment Payment(Declaration declaration) => new()
    {
        TaxAssessedAmount = new Amount(Money(declaration.DutyTotal), declaration.DutyCurrency),
        PaymentAmount = new Amount(Money(declaration.DutyPaidOrSecured ? 0m : declaration.DutyTotal), declaration.DutyCurrency),
    };

    /// <summary>
    /// Each goods item's assessed lines, as a DMSTAX carries them: base (an amount, or a quantity with its unit for a
    /// specific duty), rate, tax type and the amount assessed. A line whose amount does not follow from one rate on
    /// its base (a compound duty, a minimum or maximum) carries no rate.
    /// </summary>
    private static ValueList<AssessedItem> AssessedItems(Declaration declaration)
    {
        var lines = JsonSerializer.Deserialize<List<TaxLine>>(declaration.DutyLines, JsonSerializerOptions.Web) ?? [];
        return ValueList.From(lines.GroupBy(l => l.Item).OrderBy(g => g.Key).Select(g => new AssessedItem(g.Key)
        {
            DutyTaxFees = ValueList.From(g.Select(l => new DutyTaxFee
            {
                TypeCode = l.TaxType,
                AdValoremTaxBase = l.Unit is null ? new Amount(Money(l.Base), l.Currency) : null,
                SpecificTaxBase = l.Unit is null ? null : new Measure(l.Base, l.Unit),
                TaxRate = l.Unit is not null ? l.Rate : l.Rate != 0m || l.Amount == 0m ? Money(l.Rate) : null,
                TaxAssessedAmount = new Amount(Money(l.Amount), l.Currency),
                PaymentAmount = new Amount(Money(l.Amount), l.Currency),
            }).ToList()),
        }).ToList());
    }

    /// <summary>
    /// Two decimals, more only where the value has significant ones, as amounts and percentages are written in a
    /// DMSTAX (<c>1000.00</c>, <c>2.00</c>, <c>2.125</c>) — whatever scale the database returned the value with.
    /// </summary>
    private static decimal Money(decimal value) =>
        decimal.Parse(value.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture) + 0.00m;

    /// <summary>Why the assessment is what it is: the notes of the calculation, among them each difference from the declared tax lines.</summary>
    private static ValueList<AdditionalInformation> Explanations(Declaration declaration) =>
        ValueList.From(declaration.DutyNote
            .Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(statement => new AdditionalInformation { StatementDescription = statement })
            .ToList());

    private static IReadOnlyList<RuleViolation> Errors(Notification notification) =>
        notification.Errors is null ? [] : JsonSerializer.Deserialize<List<RuleViolation>>(notification.Errors, JsonSerializerOptions.Web) ?? [];
}
