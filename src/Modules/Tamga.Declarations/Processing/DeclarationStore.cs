using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Data;
using Tamga.Declarations.Domain;
using Tamga.Platform.Audit;

namespace Tamga.Declarations.Processing;

/// <summary>
/// Saves a declaration with everything its changes imply, in one commit: the audit records (one chain per
/// declaration), the status-change and notification events in the outbox.
/// </summary>
internal sealed class DeclarationStore(DeclarationsDbContext db)
{
    public static string Stream(Guid id) => $"declaration/{id}";

    public Task<Declaration?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Declarations
            .Include(d => d.History)
            .Include(d => d.Notifications)
            .Include(d => d.DocumentRequests)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    /// <summary>Writes the declaration's pending changes; <paramref name="before"/> is its state when loaded (null when new).</summary>
    public async Task SaveAsync(Declaration declaration, DeclarationSnapshot? before, CancellationToken cancellationToken)
    {
        Record(declaration, before);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Keeps the body of a new version beside the declaration and commits everything.</summary>
    public async Task SaveSubmissionAsync(Declaration declaration, BodyFormat format, ReadOnlyMemory<byte> body, DateTimeOffset at, CancellationToken cancellationToken)
    {
        db.Submissions.Add(new Submission { DeclarationId = declaration.Id, Version = declaration.Version, Format = format.ToString().ToLowerInvariant(), Body = body.ToArray(), ReceivedAt = at });
        await db.SaveChangesAsync(cancellationToken);
    }

    public void Record(Declaration declaration, DeclarationSnapshot? before)
    {
        var previous = before;
        foreach (var change in declaration.Changes)
        {
            db.Audit(new AuditEntry(Stream(declaration.Id), change.Actor, change.Action, change.At, previous, change.After, change.Summary));
            db.Publish(new DeclarationStatusChanged(declaration.Id, declaration.Lrn, declaration.Mrn, declaration.DeclarantId, change.Status.ToString(), declaration.Channel?.ToString(), declaration.ControlOffice)
            {
                OccurredAt = change.At,
            });
            previous = change.After;
        }

        if (declaration.AssessedDue is { } due)
        {
            db.Publish(new DutiesAssessed(declaration.Id, declaration.Version, declaration.Lrn, declaration.Mrn, declaration.DeclarantId, declaration.ControlOffice, due.Lines, due.TotalDue, due.Currency)
            {
                OccurredAt = declaration.UpdatedAt,
            });
        }

        foreach (var notification in declaration.Notifications.Where(n => db.Entry(n).State is EntityState.Added or EntityState.Detached))
        {
            db.Publish(new DeclarationNotificationIssued(declaration.Id, notification.Id, notification.Type) { OccurredAt = notification.IssuedAt });
        }

        declaration.ClearChanges();
    }
}
