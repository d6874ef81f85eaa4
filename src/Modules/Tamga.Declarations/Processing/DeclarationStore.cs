using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Data;
using Tamga.Declarations.Domain;
using Tamga.Kernel.Events;
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

    /// <summary>An event written with the next save, beside the declaration's own.</summary>
    public void Publish(IntegrationEvent integrationEvent) => db.Publish(integrationEvent);

    public void Record(Declaration declaration, DeclarationSnapshot? before)
    {
        Record(declaration, before, declaration.Changes, declaration.AssessedDue, newStream: false);
        declaration.ClearChanges();
    }

    /// <summary>
    /// Adds the audit records and outbox events of <paramref name="changes"/>; the caller keeps the changes, so
    /// that a batch that failed can be recorded again. <paramref name="newStream"/>: the declaration was just
    /// created, so its audit stream is new and its head is not looked up. <paramref name="assessedDue"/>: the
    /// assessment with duties due the changes made (kept by the caller with the changes), published for Revenue.
    /// </summary>
    public void Record(Declaration declaration, DeclarationSnapshot? before, IReadOnlyList<DeclarationChange> changes, DutyAssessment? assessedDue, bool newStream)
    {
        var events = new List<IntegrationEvent>(changes.Count + 2);
        Record(
            declaration,
            before,
            changes,
            assessedDue,
            newStream,
            declaration.Notifications.Where(n => db.Entry(n).State is EntityState.Added or EntityState.Detached),
            db.Audit,
            events.Add);
        db.Publish(events);
    }

    /// <summary>The audit entries and events of <paramref name="changes"/> and of the <paramref name="issued"/> notifications, to whoever writes them.</summary>
    public static void Record(
        Declaration declaration,
        DeclarationSnapshot? before,
        IReadOnlyList<DeclarationChange> changes,
        DutyAssessment? assessedDue,
        bool newStream,
        IEnumerable<Notification> issued,
        Action<AuditEntry> audit,
        Action<IntegrationEvent> publish)
    {
        var previous = before;
        foreach (var change in changes)
        {
            audit(new AuditEntry(Stream(declaration.Id), change.Actor, change.Action, change.At, previous, change.After, change.Summary) { NewStream = newStream });
            publish(new DeclarationStatusChanged(declaration.Id, declaration.Lrn, declaration.Mrn, declaration.DeclarantId, change.Status.ToString(), declaration.Channel?.ToString(), declaration.ControlOffice)
            {
                OccurredAt = change.At,
            });
            previous = change.After;
        }

        if (assessedDue is { } due)
        {
            publish(new DutiesAssessed(declaration.Id, declaration.Version, declaration.Lrn, declaration.Mrn, declaration.DeclarantId, declaration.ControlOffice, due.Lines, due.TotalDue, due.Currency)
            {
                OccurredAt = declaration.UpdatedAt,
            });
        }

        foreach (var notification in issued)
        {
            publish(new DeclarationNotificationIssued(declaration.Id, notification.Id, notification.Type) { OccurredAt = notification.IssuedAt });
        }
    }
}
