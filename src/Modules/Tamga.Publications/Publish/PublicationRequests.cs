namespace Tamga.Publications.Publish;

/// <summary>
/// A draft publication or a new version, as an officer sends it. Dates are ISO 8601 (<c>YYYY-MM-DD</c>); the kind
/// is one of <c>regulation</c>, <c>trade-agreement</c>, <c>commentary</c>, <c>border-instruction</c>,
/// <c>exchange-rates</c>, <c>form</c> (a new version keeps its publication's kind).
/// </summary>
public sealed record PublicationDraft(
    string? Kind,
    string? Agency,
    string? Title,
    string? Language,
    string? Text,
    string? FormNumber,
    string? EffectiveFrom,
    string? EffectiveTo,
    AttachmentUpload? Attachment,
    IReadOnlyList<RateRow>? Rates);

/// <summary>A file published with the text (a form to download, a table): base64 content, at most 5 MB.</summary>
public sealed record AttachmentUpload(string? FileName, string? ContentType, string? ContentBase64);

/// <summary>One row of an exchange-rate table: units of the ISO 4217 currency for one unit of the national currency.</summary>
public sealed record RateRow(string? Currency, decimal? Rate, string? ValidFrom, string? ValidTo);
