using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Data;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Processing;
using Tamga.Platform.Web;

namespace Tamga.Declarations.ReadDeclarations;

/// <summary>What a list of declarations is narrowed to; every part is optional.</summary>
/// <param name="Reference">Part of an LRN or an MRN (the web search box).</param>
internal sealed record DeclarationFilter(
    DeclarationStatus? Status = null,
    string? Lrn = null,
    string? Mrn = null,
    string? Reference = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null);

/// <summary>
/// Reads declarations as the caller may see them (<see cref="DeclarationAccess"/>): the list of the API and of the
/// "My declarations" page, and one declaration in full.
/// </summary>
internal sealed class DeclarationQueries(DeclarationsDbContext db, DeclarationStore store, DeclarationAccess access)
{
    /// <summary>
    /// One page of the caller's declarations, newest first. With <paramref name="clamp"/> a page number past the
    /// end gives the last page (the web pager); without, an empty page (the API).
    /// </summary>
    public async Task<PageOf<Declaration>> ListAsync(ClaimsPrincipal user, DeclarationFilter filter, int page, int size, bool clamp, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(user, cancellationToken);
        var query = db.Declarations.AsNoTracking();
        if (!scope.All)
        {
            var party = scope.Party;
            var offices = scope.Offices ?? [];
            query = query.Where(d =>
                (party != null && (d.DeclarantId == party || d.RepresentativeId == party || d.ImporterId == party || d.ExporterId == party))
                || (d.ControlOffice != null && offices.Contains(d.ControlOffice)));
        }

        if (filter.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Lrn))
        {
            query = query.Where(d => d.Lrn == filter.Lrn);
        }

        if (!string.IsNullOrWhiteSpace(filter.Mrn))
        {
            query = query.Where(d => d.Mrn == filter.Mrn);
        }

        if (!string.IsNullOrWhiteSpace(filter.Reference))
        {
            var reference = filter.Reference.Trim();
            var upper = reference.ToUpperInvariant();
            query = query.Where(d => d.Lrn.Contains(reference) || (d.Mrn != null && d.Mrn.Contains(upper)));
        }

        if (filter.From is { } from)
        {
            query = query.Where(d => d.LodgedAt >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(d => d.LodgedAt < to);
        }

        var total = await query.CountAsync(cancellationToken);
        var number = clamp ? Math.Clamp(page, 1, Math.Max(1, (int)(((long)total + size - 1) / size))) : page;
        var items = await query.OrderByDescending(d => d.LodgedAt).Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PageOf<Declaration>(items, number, size, total);
    }

    /// <summary>One declaration in full (history, notifications, documents) with the caller's scope; null when missing or not readable.</summary>
    public async Task<(Declaration Declaration, DeclarationAccess.Scope Scope)?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var declaration = await store.FindAsync(id, cancellationToken);
        var scope = await access.ScopeAsync(user, cancellationToken);
        return declaration is not null && scope.CanRead(declaration) ? (declaration, scope) : null;
    }
}
