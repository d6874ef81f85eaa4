using System.Globalization;
using Tamga.Platform.Signing;

namespace Tamga.Tariff.Domain;

/// <summary>What a trader asks for: advice on a classification (inquiry) or a binding tariff information ruling.</summary>
internal enum RulingKind
{
    Inquiry,
    BindingTariffInformation,
}

/// <summary>Where an application stands. Submitted → UnderExamination ⇄ InformationRequested → Decided.</summary>
internal enum ApplicationStatus
{
    Submitted,
    UnderExamination,
    InformationRequested,
    Decided,
}

/// <summary>A trader's classification inquiry or BTI application, handled by an officer until decided.</summary>
internal sealed class RulingApplication
{
    public Guid Id { get; init; }

    /// <summary>The reference the trader sees, e.g. <c>APP-2026-000042</c>.</summary>
    public required string Reference { get; init; }

    public RulingKind Kind { get; init; }

    /// <summary>The applicant party (EORI); never published.</summary>
    public required string Party { get; init; }

    public required string SubmittedBy { get; init; }

    /// <summary>A key the client chooses so that a retried submission is not stored twice.</summary>
    public string? IdempotencyKey { get; init; }

    public required string GoodsDescription { get; set; }

    /// <summary>The code the trader proposes, if any.</summary>
    public string? ProposedCode { get; set; }

    /// <summary>Trade names, prices and other details the trader marks confidential: never published.</summary>
    public string? ConfidentialDetails { get; set; }

    public ApplicationStatus Status { get; set; }

    public string? AssignedTo { get; set; }

    public string? InformationRequest { get; set; }

    public string? TraderAnswer { get; set; }

    public DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The decision: the code, and for an inquiry the advice given (a BTI's decision is its ruling).</summary>
    public string? DecidedCode { get; set; }

    /// <summary>The officer's legal justification; for an inquiry the advice given, for a BTI the text of its ruling.</summary>
    public string? Decision { get; set; }

    public string? RulingNumber { get; set; }

    public List<RulingAttachment> Attachments { get; } = [];
}

/// <summary>A document or image attached to an application; served only to the applicant and officers.</summary>
internal sealed class RulingAttachment
{
    public Guid Id { get; init; }

    public Guid ApplicationId { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public required byte[] Content { get; init; }

    public long Size { get; init; }
}

/// <summary>
/// A decided binding ruling as published: no trader identity and no confidential detail, signed by Tamga over
/// <see cref="CanonicalText"/> when published.
/// </summary>
internal sealed class Ruling
{
    public const string DocumentType = "tamga-binding-tariff-information/1";

    /// <summary>e.g. <c>BTI-2026-00001</c>.</summary>
    public required string Number { get; init; }

    public Guid ApplicationId { get; init; }

    public required string CommodityCode { get; init; }

    public required string GoodsDescription { get; init; }

    public required string Justification { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly ValidTo { get; init; }

    /// <summary>Description and justification in lower case, for the register's word search on either database (not signed).</summary>
    public string SearchText { get; init; } = "";

    public static string SearchTextOf(string goodsDescription, string justification) => (goodsDescription + "\n" + justification).ToLowerInvariant();

    public DateTimeOffset PublishedAt { get; init; }

    public required string Signature { get; set; }

    public required string KeyId { get; init; }

    /// <summary>Set when a court decision annulled the ruling (not stored here: read from the signed court decisions).</summary>
    public Annulment? Annulment { get; set; }

    /// <summary>Within its validity, and not on or after the date of a judgment that annulled it.</summary>
    public bool ValidOn(DateOnly date) => ValidFrom <= date && date <= ValidTo && (Annulment is null || date < Annulment.From);

    /// <summary>The exact text that is signed, rebuilt from the stored fields (so any change to them breaks the signature).</summary>
    public string CanonicalText() => Platform.Signing.CanonicalText.Of(DocumentType,
    [
        new("number", Number),
        new("commodity-code", CommodityCode),
        new("goods-description", GoodsDescription),
        new("justification", Justification),
        new("valid-from", ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("valid-to", ValidTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("published-at", PublishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("key-id", KeyId),
    ]);
}

/// <summary>An appeal against a ruling, as submitted (the appeals workflow itself comes later).</summary>
internal sealed class RulingAppeal
{
    public Guid Id { get; init; }

    public required string Reference { get; init; }

    public required string RulingNumber { get; init; }

    public required string Party { get; init; }

    public required string SubmittedBy { get; init; }

    public required string Grounds { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }
}
