using System.Globalization;
using System.Net.Mail;
using System.Text;
using Tamga.Kernel.Errors;
using Tamga.Publications.Domain;

namespace Tamga.Publications;

/// <summary>The rules for what the publications endpoints and screens accept; each broken rule names its field.</summary>
internal static class PublicationInput
{
    public const int MaxTitleLength = 300;
    public const int MaxAgencyLength = 100;
    public const int MaxFormNumberLength = 20;
    public const int MaxEmailLength = 254;
    public const int MaxQueryLength = 200;

    /// <summary>The largest text of one version, in characters (a regulation longer than this is published in parts or as an attachment).</summary>
    public const int MaxTextLength = 200_000;

    public const int MaxAttachmentBytes = 5 * 1024 * 1024;
    public const int MaxRates = 500;
    public const decimal MaxRate = 1_000_000_000m;

    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "ru"];

    /// <summary>The attachments accepted, by content type, with the first bytes each must start with (text types must be UTF-8).</summary>
    public static readonly IReadOnlyDictionary<string, byte[]?> AttachmentTypes = new Dictionary<string, byte[]?>(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "%PDF-"u8.ToArray(),
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47],
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["text/plain"] = null,
        ["text/csv"] = null,
        ["application/xml"] = null,
    };

    public static string? Required(string field, string? value, int maxLength, List<RuleViolation> errors, bool multiLine = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "REQUIRED", $"{field} is required and not blank."));
            return null;
        }

        return Optional(field, value, maxLength, errors, multiLine);
    }

    public static string? Optional(string field, string? value, int maxLength, List<RuleViolation> errors, bool multiLine = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            errors.Add(new(field, "TEXT-LENGTH", $"{field} has at most {maxLength.ToString(CultureInfo.InvariantCulture)} characters (got {value.Length.ToString(CultureInfo.InvariantCulture)})."));
            return null;
        }

        foreach (var rune in value.EnumerateRunes())
        {
            var allowedControl = multiLine && rune.Value is '\n' or '\r' or '\t';
            if ((Rune.IsControl(rune) && !allowedControl) || rune.Value is 0xFFFD || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.PrivateUse)
            {
                errors.Add(new(field, "TEXT-CHARACTERS", $"{field} holds a character that is not printable text (U+{rune.Value:X4})."));
                return null;
            }
        }

        return multiLine ? value.Trim().Replace("\r\n", "\n", StringComparison.Ordinal) : value.Trim();
    }

    public static PublicationKind? Kind(string field, string? value, List<RuleViolation> errors, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new(field, "REQUIRED", $"{field} is required: one of {KindNames}."));
            }

            return null;
        }

        var kind = PublicationKinds.Parse(value);
        if (kind is null)
        {
            errors.Add(new(field, "KIND", $"{field} is one of {KindNames}."));
        }

        return kind;
    }

    public static string KindNames => string.Join(", ", PublicationKinds.All.Select(k => k.Name()));

    public static DateOnly? Date(string field, string? value, List<RuleViolation> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new(field, "REQUIRED", $"{field} is required, written YYYY-MM-DD."));
            }

            return null;
        }

        if (value.Length != 10 || !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new(field, "DATE", $"{field} is a calendar date that exists, written YYYY-MM-DD."));
            return null;
        }

        return date;
    }

    /// <summary>An agency's name: letters, digits, spaces and <c>.,-()&amp;'/</c>.</summary>
    public static string? Agency(string field, string? value, List<RuleViolation> errors, bool required)
    {
        var agency = required ? Required(field, value, MaxAgencyLength, errors) : Optional(field, value, MaxAgencyLength, errors);
        if (agency is not null && !agency.All(c => char.IsLetterOrDigit(c) || c == ' ' || ".,-()&'/".Contains(c, StringComparison.Ordinal)))
        {
            errors.Add(new(field, "AGENCY-CHARACTERS", $"{field} holds letters, digits, spaces and .,-()&'/ only."));
            return null;
        }

        return agency;
    }

    /// <summary>A publication number as Tamga gives them (<c>REG-2026-0001</c>): letters, digits and hyphens, at most 20.</summary>
    public static bool IsNumber(string number) => number.Length is > 0 and <= 20 && number.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>An e-mail address: one @, a dotted domain, at most 254 characters, no display name.</summary>
    public static string? Email(string field, string? value, List<RuleViolation> errors)
    {
        var email = Required(field, value, MaxEmailLength, errors);
        if (email is null)
        {
            return null;
        }

        if (email.Contains(' ', StringComparison.Ordinal) || !MailAddress.TryCreate(email, out var address) || address.Address != email
            || !address.Host.Contains('.', StringComparison.Ordinal) || address.Host.EndsWith('.'))
        {
            errors.Add(new(field, "EMAIL", $"{field} is an e-mail address such as name@example.org."));
            return null;
        }

        return email;
    }
}
