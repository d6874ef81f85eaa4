using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Data;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Processing;
using Tamga.Declarations.ReadDeclarations;
using Tamga.Platform.Organisation;
using Tamga.Platform.Security;
using Tamga.Platform.Web;

namespace Tamga.Declarations.Control;

/// <summary>
/// The officer's work queue: declarations under control in the officer's offices and the offices they supervise,
/// oldest first, optionally only those requiring a skill or those whose required skills the officer holds. The same
/// query answers <c>GET /api/v1/control/queue</c> and the work queue page; <see cref="TakeNextAsync"/> gives the
/// officer the oldest unassigned control they can do.
/// </summary>
internal sealed class WorkQueue(DeclarationsDbContext db, DeclarationAccess access, DeclarationStore store, TimeProvider clock)
{
    /// <summary>How many times taking the next control tries again when another officer took the same one first.</summary>
    private const int TakeAttempts = 10;

    /// <param name="mine">Only the declarations assigned to the caller.</param>
    /// <param name="skill">Only the declarations requiring this skill (a name of <see cref="Skills"/>); null for all.</param>
    /// <param name="matching">Only the declarations whose required skills the caller holds, all of them.</param>
    /// <param name="clamp">A page number past the end gives the last page (the web pager); without, an empty page (the API).</param>
    public async Task<PageOf<QueueItem>> FindAsync(ClaimsPrincipal user, bool mine, int page, int size, bool clamp, CancellationToken cancellationToken, string? skill = null, bool matching = false)
    {
        var query = await UnderControlAsync(user, cancellationToken);
        if (mine)
        {
            var me = user.UserName();
            query = query.Where(d => d.AssignedOfficer == me);
        }

        if (skill is not null)
        {
            var pattern = Declaration.SkillPattern(skill);
            query = query.Where(d => EF.Functions.Like(d.RequiredSkills, pattern));
        }

        if (matching)
        {
            query = Matching(query, user.HeldSkills());
        }

        var total = await query.CountAsync(cancellationToken);
        var number = clamp ? Math.Clamp(page, 1, Math.Max(1, (int)(((long)total + size - 1) / size))) : page;
        var items = await Rows(query.OrderBy(d => d.LodgedAt).Skip((number - 1) * size).Take(size), cancellationToken);
        return new PageOf<QueueItem>(items, number, size, total);
    }

    /// <summary>
    /// Assigns to the caller the oldest unassigned declaration under control in their offices whose required skills
    /// they hold; null when there is none. The assignment is saved with the declaration's optimistic concurrency
    /// token: when another officer took the same declaration in the meantime, the save fails and the next one is tried.
    /// </summary>
    public async Task<QueueItem?> TakeNextAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.UserName();
        var passedOver = new List<Guid>();
        for (var attempt = 0; attempt < TakeAttempts; attempt++)
        {
            var query = Matching(await UnderControlAsync(user, cancellationToken), user.HeldSkills())
                .Where(d => d.AssignedOfficer == null && !passedOver.Contains(d.Id));
            var id = await query.OrderBy(d => d.LodgedAt).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
            if (id is null)
            {
                return null;
            }

            var declaration = await store.FindAsync(id.Value, cancellationToken);
            if (declaration is null || declaration.AssignedOfficer is not null || declaration.Status != DeclarationStatus.UnderControl)
            {
                passedOver.Add(id.Value);
                db.ChangeTracker.Clear();
                continue;
            }

            var before = declaration.Snapshot();
            declaration.Assign(me, clock.GetUtcNow(), user.Actor());
            try
            {
                await store.SaveAsync(declaration, before, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another officer changed it first (took it, or recorded a result): the row version or the audit
                // stream head no longer matches, nothing was written. Try the next one.
                passedOver.Add(id.Value);
                db.ChangeTracker.Clear();
                continue;
            }

            db.ChangeTracker.Clear();
            return (await Rows(db.Declarations.AsNoTracking().Where(d => d.Id == id.Value), cancellationToken)).Single();
        }

        return null;
    }

    /// <summary>Declarations under control in the offices the caller works for.</summary>
    private async Task<IQueryable<Declaration>> UnderControlAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var offices = (await access.ScopeAsync(user, cancellationToken)).Offices ?? [];
        return db.Declarations.AsNoTracking()
            .Where(d => d.Status == DeclarationStatus.UnderControl && d.ControlOffice != null && offices.Contains(d.ControlOffice));
    }

    /// <summary>
    /// Keeps the declarations requiring no skill outside <paramref name="held"/>: for every skill of the vocabulary
    /// the officer lacks, the required skills must not name it.
    /// </summary>
    private static IQueryable<Declaration> Matching(IQueryable<Declaration> query, IReadOnlyList<string> held)
    {
        foreach (var lacking in Skills.All.Where(s => !held.Contains(s, StringComparer.Ordinal)))
        {
            var pattern = Declaration.SkillPattern(lacking);
            query = query.Where(d => !EF.Functions.Like(d.RequiredSkills, pattern));
        }

        return query;
    }

    private static async Task<List<QueueItem>> Rows(IQueryable<Declaration> query, CancellationToken cancellationToken)
    {
        var items = await query
            .Select(d => new { Declaration = d, Requested = d.DocumentRequests.Count, Received = d.DocumentRequests.Count(r => r.ReceivedAt != null) })
            .ToListAsync(cancellationToken);
        return items.Select(i => new QueueItem(
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
            i.Received)
        {
            RequiredSkills = i.Declaration.RequiredSkillList,
        }).ToList();
    }
}
