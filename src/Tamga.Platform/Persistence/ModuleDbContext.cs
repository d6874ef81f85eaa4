using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Kernel.Events;
using Tamga.Platform.Audit;
using Tamga.Platform.Outbox;

namespace Tamga.Platform.Persistence;

/// <summary>
/// Base of every module's DbContext: the module's own tables (schema per module on PostgreSQL, a table
/// prefix everywhere since SQLite has no schemas), plus the module's outbox, inbox and audit trail, so a
/// state change, its events and its audit records commit together.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Where the module's tables live: its PostgreSQL schema and its table prefix.</summary>
    public abstract ModuleStorage Storage { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<AuditStreamHead> AuditStreamHeads => Set<AuditStreamHead>();

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>Adds an event to this module's outbox; it is written by the next SaveChanges.</summary>
    public void Publish(IntegrationEvent integrationEvent) => OutboxMessages.Add(OutboxMessage.From(integrationEvent));

    /// <summary>Adds the events of one state change to this module's outbox as one message, delivered in their order.</summary>
    public void Publish(IReadOnlyList<IntegrationEvent> events)
    {
        if (events.Count > 0)
        {
            OutboxMessages.Add(OutboxMessage.From(events));
        }
    }

    /// <summary>Appends a record to the audit trail of <paramref name="entry"/>'s stream; chained on SaveChanges.</summary>
    public void Audit(AuditEntry entry) => AuditRecords.Add(AuditRecord.From(entry));

    /// <summary>True when this consumer has already handled the event (inbox), so handlers stay idempotent.</summary>
    public Task<bool> AlreadyHandledAsync(Guid eventId, string consumer, CancellationToken cancellationToken) =>
        InboxMessages.AnyAsync(m => m.EventId == eventId && m.Consumer == consumer, cancellationToken);

    public void MarkHandled(Guid eventId, string consumer, DateTimeOffset at) =>
        InboxMessages.Add(new InboxMessage { EventId = eventId, Consumer = consumer, HandledAt = at });

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // SQLite has one writer at a time: the writers of this process take turns here instead of meeting on the
        // database lock, where a busy writer is retried only every 150 ms.
        var gate = IsSqlite ? ApplicationServices?.GetService<SqliteWriteGate>() : null;
        if (gate is null)
        {
            return await SaveChangesCoreAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await gate.EnterAsync(cancellationToken);
        try
        {
            return await SaveChangesCoreAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            gate.Exit();
        }
    }

    /// <summary>Wakes the outbox dispatchers: for writers that insert outbox rows without SaveChanges.</summary>
    public void PulseOutbox() => ApplicationServices?.GetService<OutboxSignal>()?.Pulse(Storage.Module);

    /// <summary>
    /// Runs a write that does not go through SaveChanges (ExecuteUpdate, ExecuteDelete) in this process's turn at
    /// the SQLite writer, as SaveChanges does.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        var gate = IsSqlite ? ApplicationServices?.GetService<SqliteWriteGate>() : null;
        if (gate is null)
        {
            return await write(cancellationToken);
        }

        await gate.EnterAsync(cancellationToken);
        try
        {
            return await write(cancellationToken);
        }
        finally
        {
            gate.Exit();
        }
    }

    private IServiceProvider? ApplicationServices =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;

    private async Task<int> SaveChangesCoreAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var audit = ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var publishes = ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        int written;
        if (audit.Count == 0)
        {
            written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        else
        {
            written = await SaveWithAuditChainAsync(audit, acceptAllChangesOnSuccess, cancellationToken);
        }

        if (publishes)
        {
            PulseOutbox();
        }

        return written;
    }

    private async Task<int> SaveWithAuditChainAsync(List<AuditRecord> audit, bool acceptAll, CancellationToken cancellationToken)
    {
        IDbContextTransaction? own = null;
        if (Database.CurrentTransaction is null)
        {
            own = await Database.BeginTransactionAsync(cancellationToken);
        }

        try
        {
            await AuditChain.LinkAsync(this, audit, cancellationToken);
            var written = await base.SaveChangesAsync(acceptAll, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (IsSqlite)
        {
            // SQLite cannot compare or sum decimal or DateTimeOffset in SQL: store them as scaled integers.
            configurationBuilder.Properties<decimal>().HaveConversion<ScaledDecimalConverter>();
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(24, 6);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!IsSqlite)
        {
            modelBuilder.HasDefaultSchema(Storage.Schema);
        }

        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new AuditRecordConfiguration());
        modelBuilder.ApplyConfiguration(new AuditStreamHeadConfiguration());
        ConfigureModule(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.IsOwned() || entity.GetTableName() is not { } table || entity.GetViewName() is not null)
            {
                continue;
            }

            entity.SetTableName(Storage.TablePrefix + SnakeCase(table));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.GetColumnName()));
            }
        }
    }

    /// <summary>The module's own entity configurations.</summary>
    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

/// <summary>Where a module keeps its tables: one PostgreSQL schema, and a table prefix (SQLite has no schemas).</summary>
public sealed record ModuleStorage(string Module, string Schema, string TablePrefix)
{
    public string MigrationsTable => $"__{TablePrefix}migrations";
}
