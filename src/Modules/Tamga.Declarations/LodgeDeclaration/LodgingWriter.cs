using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tamga.Declarations.Data;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Processing;
using Tamga.Platform.Audit;
using Tamga.Platform.Outbox;
using Tamga.Platform.Persistence;
using Tamga.Kernel.Events;

namespace Tamga.Declarations.LodgeDeclaration;

/// <summary>A declaration read, checked and routed in memory, waiting for its commit.</summary>
internal sealed class PendingLodging
{
    public PendingLodging(Declaration declaration, Submission submission, string contentHash, LodgeOutcome outcome)
    {
        Declaration = declaration;
        Submission = submission;
        ContentHash = contentHash;
        Outcome = outcome;
        Changes = [.. declaration.Changes];
        AssessedDue = declaration.AssessedDue;

        // The audit records (linked: the stream is new) and the events, made here on the request's thread rather
        // than by the one writer.
        var audit = new List<AuditRecord>(Changes.Count);
        var events = new List<IntegrationEvent>(Changes.Count + declaration.Notifications.Count + 1);
        DeclarationStore.Record(declaration, null, Changes, AssessedDue, newStream: true, declaration.Notifications, e => audit.Add(AuditRecord.From(e)), events.Add);
        AuditHeads = AuditChain.LinkNewStreams(audit);
        AuditRecords = audit;
        OutboxMessage = OutboxMessage.From(events);
    }

    /// <summary>The transitions to audit and publish; kept here, so that a batch that failed can be written again.</summary>
    public IReadOnlyList<DeclarationChange> Changes { get; }

    /// <summary>The assessment with duties due, published with the changes (Revenue books the debt).</summary>
    public Contracts.DutyAssessment? AssessedDue { get; }

    public IReadOnlyList<AuditRecord> AuditRecords { get; }

    public IReadOnlyList<AuditStreamHead> AuditHeads { get; }

    /// <summary>The lodging's events (status changes, duties assessed, notifications issued) as one outbox message.</summary>
    public OutboxMessage OutboxMessage { get; }

    public Declaration Declaration { get; }

    public Submission Submission { get; }

    public string ContentHash { get; }

    /// <summary>The answer once committed: Lodged (201) or Rejected (422).</summary>
    public LodgeOutcome Outcome { get; }

    public (string Declarant, string Lrn) Key => (Declaration.DeclarantId, Declaration.Lrn);

    public TaskCompletionSource<LodgeOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// Group commit for lodgings: one writer takes every lodging waiting at that moment and writes them in one
/// transaction — declarations, submissions, audit records and outbox events — then answers each request. An answer
/// is given only after the commit that holds its declaration, so an acknowledged declaration is durable; while one
/// batch commits, the next one gathers. The unique index on (declarant, LRN) is the check against an LRN
/// registered twice: a batch that breaks it is written again one lodging at a time, each looked up first.
/// </summary>
internal sealed class LodgingWriter(IServiceScopeFactory scopes, ILogger<LodgingWriter> logger) : BackgroundService
{
    /// <summary>Most lodgings in one transaction: bounds the transaction's size and the wait of the last one.</summary>
    public const int MaxBatch = 256;

    private readonly Channel<PendingLodging> _queue = Channel.CreateUnbounded<PendingLodging>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a lodging; completes after its commit (or with the error that prevented it).</summary>
    public Task<LodgeOutcome> LodgeAsync(PendingLodging lodging)
    {
        if (!_queue.Writer.TryWrite(lodging))
        {
            throw new InvalidOperationException("The host is stopping: no more lodgings are taken.");
        }

        return lodging.Completion.Task;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Lodgings already queued are still written and answered; nothing new is taken.
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        var batch = new List<PendingLodging>(MaxBatch);
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var lodging))
            {
                batch.Add(lodging);
            }

            try
            {
                await WriteAsync(batch);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A batch of {Count} lodging(s) could not be written", batch.Count);
                foreach (var lodging in batch)
                {
                    lodging.Completion.TrySetException(exception);
                }
            }

            batch.Clear();
        }
    }

    private async Task WriteAsync(List<PendingLodging> batch)
    {
        // The same LRN twice in one batch: the first is written, the others are answered as its resubmissions.
        var firsts = new Dictionary<(string, string), PendingLodging>(batch.Count);
        var again = new List<(PendingLodging Lodging, PendingLodging First)>();
        foreach (var lodging in batch)
        {
            if (!firsts.TryAdd(lodging.Key, lodging))
            {
                again.Add((lodging, firsts[lodging.Key]));
            }
        }

        bool written;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DeclarationsDbContext>();
            if (db.IsSqlite)
            {
                written = await InsertAsync(db, [.. firsts.Values]);
            }
            else
            {
                written = await SaveAsync(db, firsts.Values);
            }
        }

        if (written)
        {
            foreach (var lodging in firsts.Values)
            {
                lodging.Completion.TrySetResult(lodging.Outcome);
            }
        }
        else
        {
            foreach (var lodging in firsts.Values)
            {
                await WriteAloneAsync(lodging);
            }
        }

        foreach (var (lodging, first) in again)
        {
            if (written)
            {
                lodging.Completion.TrySetResult(Resubmitted(first.Declaration, lodging.ContentHash));
            }
            else
            {
                await WriteAloneAsync(lodging);
            }
        }
    }

    /// <summary>The batch through EF Core's change tracker, in one SaveChanges (one transaction).</summary>
    private async Task<bool> SaveAsync(DeclarationsDbContext db, IEnumerable<PendingLodging> lodgings)
    {
        var store = new DeclarationStore(db);
        var count = 0;
        foreach (var lodging in lodgings)
        {
            Add(db, store, lodging);
            count++;
        }

        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
            return true;
        }
        catch (DbUpdateException exception)
        {
            logger.LogDebug(exception, "A batch of {Count} lodging(s) broke a unique index; writing them one by one", count);
            return false;
        }
    }

    /// <summary>
    /// The batch on the embedded SQLite database: one transaction, one prepared INSERT per table executed once per
    /// row (no change tracking, no SQL parsed per row). The rows are those SaveChanges would write.
    /// </summary>
    private async Task<bool> InsertAsync(DeclarationsDbContext db, List<PendingLodging> lodgings)
    {
        try
        {
            await db.WriteAsync(
                async cancellationToken =>
                {
                    await db.Database.OpenConnectionAsync(cancellationToken);
                    try
                    {
                        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                        await db.InsertAsync(lodgings.ConvertAll(l => l.Declaration), cancellationToken);
                        await db.InsertAsync(lodgings.SelectMany(l => l.Declaration.History).ToList(), cancellationToken);
                        await db.InsertAsync(lodgings.SelectMany(l => l.Declaration.Notifications).ToList(), cancellationToken);
                        await db.InsertAsync(lodgings.ConvertAll(l => l.Submission), cancellationToken);
                        await db.InsertAsync(lodgings.SelectMany(l => l.AuditRecords).ToList(), cancellationToken);
                        await db.InsertAsync(lodgings.SelectMany(l => l.AuditHeads).ToList(), cancellationToken);
                        await db.InsertAsync(lodgings.ConvertAll(l => l.OutboxMessage), cancellationToken);
                        await transaction.CommitAsync(cancellationToken);
                    }
                    finally
                    {
                        await db.Database.CloseConnectionAsync();
                    }

                    return lodgings.Count;
                },
                CancellationToken.None);
        }
        catch (DbException exception)
        {
            logger.LogDebug(exception, "A batch of {Count} lodging(s) broke a constraint; writing them one by one", lodgings.Count);
            return false;
        }

        db.PulseOutbox();
        return true;
    }

    /// <summary>One lodging in its own transaction, after looking its LRN up: the path of a batch that broke the LRN index.</summary>
    private async Task WriteAloneAsync(PendingLodging lodging)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DeclarationsDbContext>();
            if (await FindByLrnAsync(db, lodging) is { } existing)
            {
                lodging.Completion.TrySetResult(Resubmitted(existing, lodging.ContentHash));
                return;
            }

            Add(db, new DeclarationStore(db), lodging);
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                lodging.Completion.TrySetResult(lodging.Outcome);
            }
            catch (DbUpdateException)
            {
                // Another instance lodged the same LRN at the same moment: then answer as a resubmission.
                db.ChangeTracker.Clear();
                if (await FindByLrnAsync(db, lodging) is { } concurrent)
                {
                    lodging.Completion.TrySetResult(Resubmitted(concurrent, lodging.ContentHash));
                    return;
                }

                throw;
            }
        }
        catch (Exception exception)
        {
            lodging.Completion.TrySetException(exception);
        }
    }

    private static void Add(DeclarationsDbContext db, DeclarationStore store, PendingLodging lodging)
    {
        db.Declarations.Add(lodging.Declaration);
        db.Submissions.Add(lodging.Submission);
        store.Record(lodging.Declaration, null, lodging.Changes, lodging.AssessedDue, newStream: true);
    }

    private static LodgeOutcome Resubmitted(Declaration existing, string hash) =>
        existing.ContentHash == hash ? new LodgeOutcome.Lodged(existing, Created: false) : new LodgeOutcome.LrnConflict(existing);

    private static Task<Declaration?> FindByLrnAsync(DeclarationsDbContext db, PendingLodging lodging) =>
        db.Declarations.AsNoTracking().FirstOrDefaultAsync(d => d.DeclarantId == lodging.Declaration.DeclarantId && d.Lrn == lodging.Declaration.Lrn, CancellationToken.None);
}
