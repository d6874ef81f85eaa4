using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tamga.Platform.Persistence;

/// <summary>
/// Inserts new rows of one mapped entity type with one prepared statement executed once per row, without change
/// tracking: for append-only batches on a hot path of the embedded SQLite database, where a statement is prepared
/// once per batch instead of once per row. Tables, columns and value conversions come from the context's model, so
/// rows are stored exactly as SaveChanges would store them. Runs in the context's current transaction; constraint
/// violations surface as the provider's <see cref="DbException"/>.
/// </summary>
public static class TableInserter
{
    private static readonly ConcurrentDictionary<(Type Context, Type Entity, bool Replace), Plan> Plans = new();

    /// <summary>Inserts <paramref name="rows"/>; the connection must be open (and a transaction begun, for atomicity).</summary>
    public static Task InsertAsync<T>(this ModuleDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class => WriteAsync(db, rows, replace: false, cancellationToken);

    /// <summary>
    /// Inserts <paramref name="rows"/>, each replacing the stored row with its primary key if there is one
    /// (SQLite's <c>INSERT OR REPLACE</c>: one statement per row, no look-up or delete beforehand).
    /// </summary>
    public static Task InsertOrReplaceAsync<T>(this ModuleDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (!db.IsSqlite)
        {
            throw new NotSupportedException("INSERT OR REPLACE is SQLite's; other databases replace rows through SaveChanges.");
        }

        return WriteAsync(db, rows, replace: true, cancellationToken);
    }

    private static async Task WriteAsync<T>(ModuleDbContext db, IReadOnlyCollection<T> rows, bool replace, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var plan = Plans.GetOrAdd((db.GetType(), typeof(T), replace), static (key, context) => Plan.For(context, key.Entity, key.Replace), db);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = plan.Sql;
        var parameters = new DbParameter[plan.Columns.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var column = plan.Columns[i];
            parameters[i] = column.Mapping.CreateParameter(command, "@p" + i, null, column.Property.IsNullable);
            command.Parameters.Add(parameters[i]);
        }

        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                var column = plan.Columns[i];
                var value = column.Property.GetGetter().GetClrValue(row);
                if (value is not null && column.Mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                parameters[i].Value = value ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping);

    private sealed record Plan(string Sql, Column[] Columns)
    {
        public static Plan For(ModuleDbContext db, Type clrType, bool replace)
        {
            var entity = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not mapped by {db.GetType().Name}.");
            var sql = db.GetService<ISqlGenerationHelper>();
            var table = entity.GetTableName() ?? throw new InvalidOperationException($"{clrType.Name} has no table.");

            // Every stored property but an integer key the database numbers itself.
            var columns = entity.GetProperties()
                .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never && (p.ClrType == typeof(long) || p.ClrType == typeof(int))))
                .Where(p => p.GetColumnName() is not null && !p.IsShadowProperty())
                .Select(p => new Column(p, (RelationalTypeMapping)p.GetTypeMapping()))
                .ToArray();
            var names = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName())));
            var values = string.Join(", ", columns.Select((_, i) => "@p" + i));
            return new Plan($"INSERT {(replace ? "OR REPLACE " : "")}INTO {sql.DelimitIdentifier(table, entity.GetSchema())} ({names}) VALUES ({values})", columns);
        }
    }
}
