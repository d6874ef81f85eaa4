using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Signing;
using Tamga.Platform.Web;
using Tamga.Publications.Data;
using Tamga.Publications.Domain;

namespace Tamga.Publications.Search;

/// <summary>The public side of publications: search, one publication with all its versions, signature check.</summary>
internal sealed class PublicationRegister(PublicationsDbContext db, DocumentSigner signer, TimeProvider clock)
{
    public const int PageSize = 20;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Published publications whose number, form number, agency, title or text hold each word of
    /// <paramref name="query"/>, of the kind and agency given. With <paramref name="date"/>, each publication is shown
    /// in its version in force on that date (publications not in force then are left out); without, in its newest
    /// published version (which may take effect later). Newest publication first.
    /// </summary>
    public async Task<PageOf<PublicationVersion>> SearchAsync(string? query, PublicationKind? kind, string? agency, DateOnly? date, int page, CancellationToken cancellationToken)
    {
        var versions = db.Versions.AsNoTracking().Where(v => v.Status == VersionStatus.Published);
        if (kind is not null)
        {
            versions = versions.Where(v => v.Kind == kind);
        }

        // Versions are listed without their text, attachment or rates: the page shows titles only.
        var published = await versions
            .Select(v => new PublicationVersion
            {
                Id = v.Id, Number = v.Number, Version = v.Version, Kind = v.Kind, Agency = v.Agency, Title = v.Title, Language = v.Language,
                Text = "", FormNumber = v.FormNumber, AttachmentName = v.AttachmentName, EffectiveFrom = v.EffectiveFrom, EffectiveTo = v.EffectiveTo,
                Status = v.Status, CreatedBy = "", PublishedAt = v.PublishedAt, Source = v.Source, KeyId = v.KeyId,
            })
            .ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(agency))
        {
            published = published.Where(v => string.Equals(v.Agency, agency.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        }

        var matching = published.Select(v => v.Id).ToHashSet();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var words = query.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10).ToList();
            var searched = db.Versions.AsNoTracking().Where(v => v.Status == VersionStatus.Published);
            foreach (var word in words)
            {
                searched = searched.Where(v => v.SearchText.Contains(word));
            }

            matching = (await searched.Select(v => v.Id).ToListAsync(cancellationToken)).ToHashSet();
        }

        var chosen = new List<PublicationVersion>();
        foreach (var publication in published.GroupBy(v => v.Number, StringComparer.Ordinal))
        {
            var all = publication.ToList();
            var shown = date is { } day ? all.FirstOrDefault(v => v.InForceOn(day, all)) : all.MaxBy(v => v.Version);
            if (shown is not null && all.Any(v => matching.Contains(v.Id) && (date is null || v == shown)))
            {
                chosen.Add(shown);
            }
        }

        return Paging.Of(chosen.OrderByDescending(v => v.PublishedAt).ThenBy(v => v.Number, StringComparer.Ordinal), page, PageSize);
    }

    /// <summary>The agencies that have published something, for the search filter.</summary>
    public async Task<IReadOnlyList<string>> AgenciesAsync(CancellationToken cancellationToken) =>
        (await db.Versions.AsNoTracking().Where(v => v.Status == VersionStatus.Published).Select(v => v.Agency).Distinct().ToListAsync(cancellationToken))
            .Order(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Every version of a publication (drafts too when <paramref name="withDrafts"/>), oldest first; empty when unknown.</summary>
    public async Task<IReadOnlyList<PublicationVersion>> VersionsAsync(string number, bool withDrafts, CancellationToken cancellationToken)
    {
        if (!PublicationInput.IsNumber(number))
        {
            return [];
        }

        var versions = await db.Versions.AsNoTracking().Include(v => v.Rates)
            .Where(v => v.Number == number && (withDrafts || v.Status == VersionStatus.Published))
            .ToListAsync(cancellationToken);
        return versions.OrderBy(v => v.Version).ToList();
    }

    public async Task<PublicationVersion?> PublishedVersionAsync(string number, int version, CancellationToken cancellationToken) =>
        PublicationInput.IsNumber(number)
            ? await db.Versions.AsNoTracking().Include(v => v.Rates).FirstOrDefaultAsync(v => v.Number == number && v.Version == version && v.Status == VersionStatus.Published, cancellationToken)
            : null;

    /// <summary>Checks the stored signature against the text rebuilt from the stored fields (and the hashes of the stored text, attachment and rates).</summary>
    public PublicationVerification Verify(PublicationVersion version)
    {
        var text = version.CanonicalText();
        var valid = string.Equals(version.KeyId, signer.KeyId, StringComparison.Ordinal) && signer.Verify(text, version.Signature ?? "");
        return new PublicationVerification(version.Number, version.Version, valid, version.KeyId ?? "", DocumentSigner.Algorithm, version.Signature ?? "", text);
    }
}

/// <summary>The result of checking a publication version's signature, with the exact text signed (check it with <c>POST /api/v1/signing/verify</c> or the public key).</summary>
public sealed record PublicationVerification(string Number, int Version, bool Valid, string KeyId, string Algorithm, string Signature, string SignedText);
