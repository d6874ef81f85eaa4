using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Data;
using Tamga.Declarations.Domain;
using Tamga.Declarations.ReadDeclarations;
using Tamga.Platform.Security;
using Tamga.Platform.Web;

namespace Tamga.Declarations.Control;

/// <summary>
/// The officer's work queue: declarations under control in the officer's offices and the offices they supervise,
/// oldest first. The same query answers <c>GET /api/v1/control/queue</c> and the work queue page.
/// </summary>
internal sealed class WorkQueue(DeclarationsDbContext db, DeclarationAccess access)
{
    /// <param name="mine">Only the declarations assigned to the caller.</param>
    /// <param name="clamp">A page number past the end gives the last page (the web pager); without, an empty page (the API).</param>
    public async Task<PageOf<QueueItem>> FindAsync(ClaimsPrincipal user, bool mine, int page, int size, bool clamp, CancellationToken cancellationToken)
    {
        var offices = (await access.ScopeAsync(user, cancellationToken)).Offices ?? [];
        var query = db.Declarations.AsNoTracking()
            .Where(d => d.Status == DeclarationStatus.UnderControl && d.ControlOffice != null && offices.Contains(d.ControlOffice));
        if (mine)
        {
            var me = user.UserName();
            query = query.Where(d => d.AssignedOfficer == me);
        }

        var total = await query.CountAsync(cancellationToken);
        var number = clamp ? Math.Clamp(page, 1, Math.Max(1, (int)(((long)total + size - 1) / size))) : page;
        var items = await query.OrderBy(d => d.LodgedAt).Skip((number - 1) * size).Take(size)
            .Select(d => new { Declaration = d, Requested = d.DocumentRequests.Count, Received = d.DocumentRequests.Count(r => r.ReceivedAt != null) })
            .ToListAsync(cancellationToken);
        var rows = items.Select(i => new QueueItem(
            i.Declaration.Id,
            i.Declaration.Mrn,
            i.Declaration.Lrn,
            i.Declaration.TypeCode,
            i.Declaration.DeclarantId,
            i.Declaration.Channel?.ToString(),
            i.Declaration.Reasons,
            i.Declaration.ControlOffice,
            i.Declaration.AssignedOfficer,
            i.Declaration.LodgedAt,
            i.Requested,
            i.Received)).ToList();
        return new PageOf<QueueItem>(rows, number, size, total);
    }
}
