using System.Text;
using Tamga.Platform.Web;
using Tamga.Publications.Domain;

namespace Tamga.Publications;

/// <summary>A publication in a search result: the version shown (in force on the date asked, or the newest).</summary>
public sealed record PublicationSummary(string Number, int Version, string Kind, string Agency, string Title, string Language, string? FormNumber, DateOnly EffectiveFrom, DateOnly? EffectiveTo, DateTimeOffset? PublishedAt, string? Source)
{
    internal static PublicationSummary From(PublicationVersion v) =>
        new(v.Number, v.Version, v.Kind.Name(), v.Agency, v.Title, v.Language, v.FormNumber, v.EffectiveFrom, v.EffectiveTo, v.PublishedAt, v.Source);
}

/// <summary>A page of search results.</summary>
public sealed record PublicationPage(IReadOnlyList<PublicationSummary> Items, int Page, int PageSize, int Total)
{
    internal static PublicationPage From(PageOf<PublicationVersion> page) => new(page.Items.Select(PublicationSummary.From).ToList(), page.Number, page.Size, page.Total);
}

/// <summary>A publication with every version (drafts only for officers); <c>inForce</c> answers for today.</summary>
public sealed record PublicationView(string Number, string Kind, int? VersionInForce, IReadOnlyList<VersionView> Versions);

/// <summary>One version: its text, attachment, rates, effective dates, from when a later version supersedes it, and its signature.</summary>
public sealed record VersionView(
    int Version,
    string Status,
    string Agency,
    string Title,
    string Language,
    string? FormNumber,
    string Text,
    string TextSha256,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    DateOnly? SupersededFrom,
    bool InForce,
    AttachmentView? Attachment,
    IReadOnlyList<RateView> Rates,
    string? Source,
    DateTimeOffset? PublishedAt,
    string? KeyId,
    string? Signature,
    string? Verification)
{
    internal static VersionView From(PublicationVersion v, IReadOnlyList<PublicationVersion> all, DateOnly today) => new(
        v.Version,
        v.Status == VersionStatus.Published ? "published" : "draft",
        v.Agency,
        v.Title,
        v.Language,
        v.FormNumber,
        v.Text,
        PublicationVersion.Sha256(Encoding.UTF8.GetBytes(v.Text)),
        v.EffectiveFrom,
        v.EffectiveTo,
        v.IsPublished ? v.SupersededFrom(all) : null,
        v.InForceOn(today, all),
        v.Attachment is null ? null : new AttachmentView(v.AttachmentName!, v.AttachmentContentType!, v.Attachment.Length, PublicationVersion.Sha256(v.Attachment), v.IsPublished ? PublicationsApi.Attachment(v.Number, v.Version) : null),
        v.Rates.OrderBy(r => r.Currency, StringComparer.Ordinal).ThenBy(r => r.ValidFrom).Select(r => new RateView(r.Currency, r.UnitsPerNationalUnit, r.ValidFrom, r.ValidTo)).ToList(),
        v.Source,
        v.PublishedAt,
        v.KeyId,
        v.Signature,
        v.IsPublished ? PublicationsApi.Verification(v.Number, v.Version) : null);
}

public sealed record AttachmentView(string FileName, string ContentType, long Size, string Sha256, string? Href);

public sealed record RateView(string Currency, decimal Rate, DateOnly ValidFrom, DateOnly ValidTo);

/// <summary>What a subscription request answers: always the same, whether the address was known or not.</summary>
public sealed record SubscriptionAccepted(string Status, string Message);

/// <summary>A confirmation or unsubscription link's token.</summary>
public sealed record TokenRequest(string? Token);

/// <summary>A newsletter subscription: the address, and the kinds and agencies wanted (none means all).</summary>
public sealed record SubscriptionRequest(string? Email, IReadOnlyList<string>? Kinds, IReadOnlyList<string>? Agencies);
