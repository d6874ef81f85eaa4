using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tamga.Platform.Persistence;
using Tamga.Risk.Data;
using Tamga.Risk.Selectivity;

namespace Tamga.Risk.Parties;

/// <summary>
/// Writes the party registry, the valuation histories and the latest assessments behind the lodging path: the registry and selectivity change
/// memory at once, and this service stores the new rows in batches (every 200 ms, and when the host stops), so that
/// lodging never waits for the risk database. Rows are only ever added, except assessments, which are replaced by
/// the latest. What was not yet written when the process dies is lost from the registry (the declarations module
/// keeps the declarations themselves).
/// </summary>
internal sealed class PartyStore(IServiceScopeFactory scopes, ILogger<PartyStore> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly ConcurrentQueue<object> _rows = new();
    private readonly ConcurrentDictionary<Guid, AssessmentRow> _assessments = new();
    private readonly ConcurrentQueue<ValuationHistory.Statistics> _valuations = new();
    private readonly SemaphoreSlim _writing = new(1, 1);

    public void Add(object row) => _rows.Enqueue(row);

    /// <summary>Keeps the latest assessment of a declaration (office, channel, profiles that hit it).</summary>
    public void Assessed(AssessmentRow assessment) => _assessments[assessment.DeclarationId] = assessment;

    /// <summary>A valuation history changed: its latest state is written with the next batch (queued once until written).</summary>
    public void ValuationChanged(ValuationHistory.Statistics history) => _valuations.Enqueue(history);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(CancellationToken.None);
    }

    /// <summary>
    /// On the embedded database, where this batch takes its turn at the one writer beside the lodgings: one prepared
    /// INSERT per table and batch instead of change tracking, and each assessment replacing the stored one in the same
    /// statement (INSERT OR REPLACE, no delete beforehand), all in one transaction.
    /// </summary>
    private static Task AppendAsync(RiskDbContext db, List<object> rows, List<AssessmentRow> assessments, List<ValuationRow> valuations, CancellationToken cancellationToken) =>
        db.WriteAsync(
            async token =>
            {
                await db.Database.OpenConnectionAsync(token);
                try
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(token);
                    await db.InsertAsync(rows.OfType<PartyRow>().ToList(), token);
                    await db.InsertAsync(rows.OfType<PartyKeyRow>().ToList(), token);
                    await db.InsertAsync(rows.OfType<PartyDeclarationRow>().ToList(), token);
                    await db.InsertAsync(rows.OfType<PartyControlRow>().ToList(), token);
                    await db.InsertOrReplaceAsync(assessments, token);
                    await db.InsertOrReplaceAsync(valuations, token);

                    await transaction.CommitAsync(token);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }

                return rows.Count + assessments.Count + valuations.Count;
            },
            cancellationToken);

    /// <summary>Writes what is pending, one batch at a time; returns once every batch taken before the call is written.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_rows.IsEmpty && _assessments.IsEmpty && _valuations.IsEmpty)
        {
            // Nothing pending, but a batch taken by the timer may still be on its way: a caller that flushes (at stop,
            // or to read the database afresh) must find it written.
            await _writing.WaitAsync(cancellationToken);
            _writing.Release();
            return;
        }

        await _writing.WaitAsync(cancellationToken);
        try
        {
            var rows = new List<object>();
            while (rows.Count < 20_000 && _rows.TryDequeue(out var row))
            {
                rows.Add(row);
            }

            var assessments = new List<AssessmentRow>();
            foreach (var id in _assessments.Keys.Take(5_000).ToList())
            {
                if (_assessments.TryRemove(id, out var assessment))
                {
                    assessments.Add(assessment);
                }
            }

            var valuations = new List<ValuationRow>();
            var now = DateTimeOffset.UtcNow;
            while (valuations.Count < 5_000 && _valuations.TryDequeue(out var history))
            {
                if (history.TakeChanged(now) is { } valuation)
                {
                    valuations.Add(valuation);
                }
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
            if (db.Database.IsSqlite())
            {
                await AppendAsync(db, rows, assessments, valuations, cancellationToken);
                return;
            }

            // The latest assessment replaces the stored one: a delete and the inserts, in one transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = assessments.ConvertAll(a => a.DeclarationId);
            await db.Assessments.Where(a => ids.Contains(a.DeclarationId)).ExecuteDeleteAsync(cancellationToken);
            var keys = valuations.ConvertAll(v => v.Key);
            await db.Valuations.Where(v => keys.Contains(v.Key)).ExecuteDeleteAsync(cancellationToken);
            db.AddRange(rows);
            db.AddRange(assessments);
            db.AddRange(valuations);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception failure) when (failure is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            logger.LogError(failure, "The party registry could not store a batch of changes; they are kept in memory until the next start.");
        }
        finally
        {
            _writing.Release();
        }
    }
}
