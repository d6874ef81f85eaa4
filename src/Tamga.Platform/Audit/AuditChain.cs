using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Persistence;

namespace Tamga.Platform.Audit;

/// <summary>Links new audit records to their streams and checks whole chains.</summary>
public static class AuditChain
{
    /// <summary>
    /// Called inside the saving transaction: numbers and hashes each new record after its stream's head.
    /// A concurrent writer on the same stream fails on the head's concurrency token (PostgreSQL) or waits
    /// for the write lock (SQLite), so a stream never forks.
    /// </summary>
    internal static async Task LinkAsync(ModuleDbContext db, List<AuditRecord> records, CancellationToken cancellationToken)
    {
        var tracked = db.AuditStreamHeads.Local.Count == 0
            ? null
            : db.AuditStreamHeads.Local.ToDictionary(h => h.Stream, StringComparer.Ordinal);
        foreach (var stream in records.GroupBy(r => r.Stream, StringComparer.Ordinal))
        {
            var head = tracked?.GetValueOrDefault(stream.Key);
            if (head is null && !stream.First().NewStream)
            {
                head = await db.AuditStreamHeads.FirstOrDefaultAsync(h => h.Stream == stream.Key, cancellationToken);
            }

            if (head is null)
            {
                head = new AuditStreamHead { Stream = stream.Key };
                db.AuditStreamHeads.Add(head);
            }

            foreach (var record in stream)
            {
                record.Sequence = head.Sequence + 1;
                record.PreviousHash = head.Hash;
                record.Hash = record.ComputeHash();
                head.Sequence = record.Sequence;
                head.Hash = record.Hash;
            }
        }
    }

    /// <summary>
    /// Links the records of streams that are new (see <see cref="AuditEntry.NewStream"/>) without reading anything,
    /// and returns the streams' heads to insert with them: for writers that insert rows themselves.
    /// </summary>
    public static List<AuditStreamHead> LinkNewStreams(IReadOnlyList<AuditRecord> records)
    {
        var heads = new List<AuditStreamHead>();
        foreach (var stream in records.GroupBy(r => r.Stream, StringComparer.Ordinal))
        {
            var head = new AuditStreamHead { Stream = stream.Key };
            foreach (var record in stream)
            {
                record.Sequence = head.Sequence + 1;
                record.PreviousHash = head.Hash;
                record.Hash = record.ComputeHash();
                head.Sequence = record.Sequence;
                head.Hash = record.Hash;
            }

            heads.Add(head);
        }

        return heads;
    }

    /// <summary>Walks every stream of a module's trail and reports the first broken link, or null.</summary>
    public static async Task<AuditBreak?> VerifyAsync(ModuleDbContext db, string module, CancellationToken cancellationToken)
    {
        var heads = await db.AuditStreamHeads.AsNoTracking().ToDictionaryAsync(h => h.Stream, StringComparer.Ordinal, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? stream = null;
        long expectedSequence = 0;
        var previousHash = "";
        AuditRecord? last = null;

        await foreach (var record in db.AuditRecords.AsNoTracking().OrderBy(r => r.Stream).ThenBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!string.Equals(record.Stream, stream, StringComparison.Ordinal))
            {
                if (stream is not null && CheckHead(module, stream, last!, heads) is { } headBreak)
                {
                    return headBreak;
                }

                stream = record.Stream;
                seen.Add(stream);
                expectedSequence = 1;
                previousHash = "";
            }

            if (record.Sequence != expectedSequence)
            {
                return new AuditBreak(module, record.Id, record.Stream, record.Sequence, $"expected sequence {expectedSequence}: a record was removed or reordered");
            }

            if (!string.Equals(record.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return new AuditBreak(module, record.Id, record.Stream, record.Sequence, "the previous-hash link does not match the record before it");
            }

            if (!string.Equals(record.ComputeHash(), record.Hash, StringComparison.Ordinal))
            {
                return new AuditBreak(module, record.Id, record.Stream, record.Sequence, "the record's content does not match its hash: it was altered");
            }

            previousHash = record.Hash;
            expectedSequence++;
            last = record;
        }

        if (stream is not null && CheckHead(module, stream, last!, heads) is { } finalBreak)
        {
            return finalBreak;
        }

        foreach (var head in heads.Values.Where(h => !seen.Contains(h.Stream)))
        {
            return new AuditBreak(module, null, head.Stream, head.Sequence, "the stream's records are missing");
        }

        return null;
    }

    private static AuditBreak? CheckHead(string module, string stream, AuditRecord last, Dictionary<string, AuditStreamHead> heads)
    {
        if (!heads.TryGetValue(stream, out var head))
        {
            return new AuditBreak(module, last.Id, stream, last.Sequence, "the stream has no head: records were inserted outside Tamga");
        }

        if (head.Sequence != last.Sequence || !string.Equals(head.Hash, last.Hash, StringComparison.Ordinal))
        {
            return new AuditBreak(module, last.Id, stream, last.Sequence, $"the stream ends at sequence {last.Sequence} but its head says {head.Sequence}: newer records were removed");
        }

        return null;
    }
}

/// <summary>The first broken link found by verification.</summary>
public sealed record AuditBreak(string Module, long? RecordId, string Stream, long Sequence, string Reason);
