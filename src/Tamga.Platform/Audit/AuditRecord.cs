using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tamga.Platform.Audit;

/// <summary>
/// What a handler says about a change: the stream it belongs to (usually one aggregate, e.g.
/// <c>declaration/…</c>), who did it, what was done, and the state before and after (hashed, never stored).
/// </summary>
public sealed record AuditEntry(string Stream, string Actor, string Action, DateTimeOffset At, object? Before, object? After, string? Summary = null)
{
    /// <summary>
    /// The writer knows the stream is new (the first change of an aggregate it just created): its head is not
    /// looked up. Were the stream not new after all, the new head collides with the stored one and nothing is written.
    /// </summary>
    public bool NewStream { get; init; }
}

/// <summary>One link of a hash chain: one chain per stream, so unrelated changes never wait on each other.</summary>
public sealed class AuditRecord
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    public long Id { get; set; }

    public required string Stream { get; init; }

    public long Sequence { get; set; }

    public DateTimeOffset At { get; init; }

    public required string Actor { get; init; }

    public required string Action { get; init; }

    public string? Summary { get; init; }

    public required string BeforeHash { get; init; }

    public required string AfterHash { get; init; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";

    /// <summary>See <see cref="AuditEntry.NewStream"/>; not stored.</summary>
    public bool NewStream { get; init; }

    public static AuditRecord From(AuditEntry entry) => new()
    {
        NewStream = entry.NewStream,
        Stream = entry.Stream,
        Actor = entry.Actor,
        Action = entry.Action,
        // Stored to the microsecond on every provider, so the hash survives the round trip.
        At = new DateTimeOffset(entry.At.UtcTicks - (entry.At.UtcTicks % 10), TimeSpan.Zero),
        Summary = entry.Summary,
        BeforeHash = SnapshotHash(entry.Before),
        AfterHash = SnapshotHash(entry.After),
    };

    public static string SnapshotHash(object? snapshot) =>
        snapshot is null ? "" : Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(snapshot, snapshot.GetType(), SnapshotJson)));

    /// <summary>The hash over every field of the record and the hash of the previous link.</summary>
    public string ComputeHash()
    {
        var text = string.Join(
            '\u001f',
            Stream,
            Sequence.ToString(CultureInfo.InvariantCulture),
            At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            Actor,
            Action,
            Summary ?? "",
            BeforeHash,
            AfterHash,
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>The last link of each stream, so that removing the newest records of a stream is detected too.</summary>
public sealed class AuditStreamHead
{
    public required string Stream { get; init; }

    public long Sequence { get; set; }

    public string Hash { get; set; } = "";
}

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("AuditTrail");
        builder.HasKey(r => r.Id);
        builder.Ignore(r => r.NewStream);
        builder.Property(r => r.Stream).HasMaxLength(200);
        builder.Property(r => r.Actor).HasMaxLength(200);
        builder.Property(r => r.Action).HasMaxLength(100);
        builder.Property(r => r.Summary).HasMaxLength(1000);
        builder.Property(r => r.BeforeHash).HasMaxLength(64);
        builder.Property(r => r.AfterHash).HasMaxLength(64);
        builder.Property(r => r.PreviousHash).HasMaxLength(64);
        builder.Property(r => r.Hash).HasMaxLength(64);
        builder.HasIndex(r => new { r.Stream, r.Sequence }).IsUnique();
    }
}

internal sealed class AuditStreamHeadConfiguration : IEntityTypeConfiguration<AuditStreamHead>
{
    public void Configure(EntityTypeBuilder<AuditStreamHead> builder)
    {
        builder.ToTable("AuditStreamHeads");
        builder.HasKey(h => h.Stream);
        builder.Property(h => h.Stream).HasMaxLength(200);
        builder.Property(h => h.Hash).HasMaxLength(64);
        builder.Property(h => h.Sequence).IsConcurrencyToken();
    }
}
