using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tamga.Publications.Domain;

/// <summary>What a publication is: each kind has its number prefix and its name in the API (<c>regulation</c>, …).</summary>
internal enum PublicationKind
{
    Regulation,
    TradeAgreement,
    Commentary,
    BorderInstruction,
    ExchangeRates,
    Form,
}

internal static class PublicationKinds
{
    public static readonly IReadOnlyList<PublicationKind> All = Enum.GetValues<PublicationKind>();

    /// <summary>The kind's name in the API and in URLs: <c>regulation</c>, <c>trade-agreement</c>, <c>commentary</c>, <c>border-instruction</c>, <c>exchange-rates</c>, <c>form</c>.</summary>
    public static string Name(this PublicationKind kind) => kind switch
    {
        PublicationKind.Regulation => "regulation",
        PublicationKind.TradeAgreement => "trade-agreement",
        PublicationKind.Commentary => "commentary",
        PublicationKind.BorderInstruction => "border-instruction",
        PublicationKind.ExchangeRates => "exchange-rates",
        PublicationKind.Form => "form",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Prefix(this PublicationKind kind) => kind switch
    {
        PublicationKind.Regulation => "REG",
        PublicationKind.TradeAgreement => "AGR",
        PublicationKind.Commentary => "COM",
        PublicationKind.BorderInstruction => "BIN",
        PublicationKind.ExchangeRates => "XRT",
        PublicationKind.Form => "FRM",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static PublicationKind? Parse(string? name) => All.Cast<PublicationKind?>().FirstOrDefault(k => string.Equals(k!.Value.Name(), name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Draft → Published. A published version is never changed again: a change is a new version.</summary>
internal enum VersionStatus
{
    Draft,
    Published,
}

/// <summary>
/// One version of a publication (a regulation, a trade agreement, a commentary, a border instruction, an
/// exchange-rate table or a form). Versions of one number share its kind; version n+1 supersedes version n from
/// its own effective date, and every version stays readable. A published version is signed by Tamga over
/// <see cref="CanonicalText"/>.
/// </summary>
internal sealed class PublicationVersion
{
    public const string DocumentType = "tamga-publication/1";

    public Guid Id { get; init; }

    /// <summary>e.g. <c>REG-2026-0001</c>; shared by every version of the publication.</summary>
    public required string Number { get; init; }

    public int Version { get; init; }

    public PublicationKind Kind { get; init; }

    /// <summary>The issuing agency (customs, a ministry, a border agency, an international organisation), as written by the officer.</summary>
    public required string Agency { get; set; }

    public required string Title { get; set; }

    /// <summary>The language of the text: <c>en</c>, <c>fr</c> or <c>ru</c>.</summary>
    public required string Language { get; set; }

    public required string Text { get; set; }

    /// <summary>A form's own number (e.g. <c>C88</c>); only for forms.</summary>
    public string? FormNumber { get; set; }

    public string? AttachmentName { get; set; }

    public string? AttachmentContentType { get; set; }

    public byte[]? Attachment { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    /// <summary>Where a seeded publication's facts come from (a public source); null for what officers publish.</summary>
    public string? Source { get; set; }

    public VersionStatus Status { get; set; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? KeyId { get; set; }

    public string? Signature { get; set; }

    /// <summary>Number, form number, agency, title and text in lower case, for word search on either database (not signed).</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The table of an exchange-rate publication (empty for other kinds).</summary>
    public List<ExchangeRate> Rates { get; } = [];

    public bool IsPublished => Status == VersionStatus.Published;

    public void RefreshSearchText() =>
        SearchText = string.Join('\n', Number, FormNumber ?? "", Agency, Title, Text).ToLowerInvariant();

    public static string Sha256(byte[]? bytes) => bytes is null ? "" : Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The SHA-256 of the rate table written one <c>currency rate from to</c> line per row, in currency then date order.</summary>
    public string RatesSha256()
    {
        if (Rates.Count == 0)
        {
            return "";
        }

        var lines = Rates.OrderBy(r => r.Currency, StringComparer.Ordinal).ThenBy(r => r.ValidFrom)
            .Select(r => $"{r.Currency} {r.UnitsPerNationalUnit.ToString(CultureInfo.InvariantCulture)} {Iso(r.ValidFrom)} {Iso(r.ValidTo)}\n");
        return Sha256(Encoding.UTF8.GetBytes(string.Concat(lines)));
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The exact text that is signed, rebuilt from the stored fields (so any change to them, or to the text, attachment or rates they hash, breaks the signature).</summary>
    public string CanonicalText() => Platform.Signing.CanonicalText.Of(DocumentType,
    [
        new("number", Number),
        new("version", Version.ToString(CultureInfo.InvariantCulture)),
        new("kind", Kind.Name()),
        new("agency", Agency),
        new("title", Title),
        new("language", Language),
        new("form-number", FormNumber),
        new("effective-from", Iso(EffectiveFrom)),
        new("effective-to", EffectiveTo is { } to ? Iso(to) : ""),
        new("text-sha256", Sha256(Encoding.UTF8.GetBytes(Text))),
        new("attachment-name", AttachmentName),
        new("attachment-sha256", Sha256(Attachment)),
        new("rates-sha256", RatesSha256()),
        new("published-at", PublishedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("key-id", KeyId),
    ]);

    /// <summary>True when this published version is the one in force on <paramref name="date"/> among <paramref name="published"/> (the published versions of its number).</summary>
    public bool InForceOn(DateOnly date, IEnumerable<PublicationVersion> published) =>
        IsPublished && EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo)
        && !published.Any(p => p.IsPublished && p.Version > Version && p.EffectiveFrom <= date);

    /// <summary>The day from which a later published version supersedes this one, if any.</summary>
    public DateOnly? SupersededFrom(IEnumerable<PublicationVersion> published) =>
        published.Where(p => p.IsPublished && p.Version > Version).Select(p => (DateOnly?)p.EffectiveFrom).Min();
}

/// <summary>One row of an exchange-rate table: units of the currency for one unit of the national currency, valid from/to inclusive.</summary>
internal sealed class ExchangeRate
{
    public Guid VersionId { get; init; }

    public required string Currency { get; init; }

    public decimal UnitsPerNationalUnit { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly ValidTo { get; init; }
}
