using Tamga.Tariff.Domain;

namespace Tamga.Tariff.ApplyForRuling;

/// <summary>An application as its trader and the officers see it (attachments by name; content through their own link).</summary>
public sealed record ApplicationView(
    Guid Id,
    string Reference,
    string Kind,
    string Status,
    string GoodsDescription,
    string? ProposedCode,
    string? ConfidentialDetails,
    string? AssignedTo,
    string? InformationRequest,
    string? TraderAnswer,
    string? DecidedCode,
    string? Decision,
    string? RulingNumber,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<AttachmentView> Attachments)
{
    internal static ApplicationView From(RulingApplication a) => new(
        a.Id,
        a.Reference,
        a.Kind == RulingKind.Inquiry ? "inquiry" : "bti",
        a.Status.ToString(),
        a.GoodsDescription,
        a.ProposedCode,
        a.ConfidentialDetails,
        a.AssignedTo,
        a.InformationRequest,
        a.TraderAnswer,
        a.DecidedCode,
        a.Decision,
        a.RulingNumber,
        a.SubmittedAt,
        a.UpdatedAt,
        a.Attachments.Select(f => new AttachmentView(f.Id, f.FileName, f.ContentType, f.Size)).ToList());
}

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size);

/// <summary>An application sent as JSON; attachments in base64.</summary>
public sealed record ApplicationRequest(string? Kind, string? GoodsDescription, string? ProposedCode, string? ConfidentialDetails, IReadOnlyList<AttachmentRequest>? Attachments);

public sealed record AttachmentRequest(string? FileName, string? ContentBase64);

public sealed record TextRequest(string? Text);
