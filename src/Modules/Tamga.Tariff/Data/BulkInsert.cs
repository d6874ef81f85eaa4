using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Tamga.Platform.Persistence;

namespace Tamga.Tariff.Data;

/// <summary>
/// Inserts many rows of a mapped entity type on the context's connection and transaction, with the table, columns
/// and value conversions of the EF model. Loading a whole tariff through the change tracker costs seconds; this
/// costs a fraction of that. SQLite re-executes one prepared single-row INSERT (binding is by name, so wide
/// statements cost more than they save); PostgreSQL sends multi-row INSERTs to save round trips.
/// </summary>
internal static class BulkInsert
{
    private const int MaxParametersPerStatement = 2000;

    public static async Task InsertAsync<T>(ModuleDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping(), p.GetGetter()))
            .Where(c => c.Name is not null)
            .ToList();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        var rowsPerStatement = db.IsSqlite ? 1 : Math.Max(1, MaxParametersPerStatement / columns.Count);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            DbCommand? command = null;
            try
            {
                for (var start = 0; start < rows.Count; start += rowsPerStatement)
                {
                    var count = Math.Min(rowsPerStatement, rows.Count - start);
                    if (command is null || command.Parameters.Count != count * columns.Count)
                    {
                        if (command is not null)
                        {
                            await command.DisposeAsync();
                        }

                        command = Prepare(connection, transaction, head, columns, count, rows[start]);
                    }

                    for (var r = 0; r < count; r++)
                    {
                        for (var c = 0; c < columns.Count; c++)
                        {
                            command.Parameters[(r * columns.Count) + c].Value = columns[c].ProviderValue(rows[start + r]);
                        }
                    }

                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            finally
            {
                if (command is not null)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction? transaction, string head, List<Column> columns, int rows, object sample)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder(head, head.Length + (rows * columns.Count * 8));
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = "@p" + ((r * columns.Count) + c).ToString(CultureInfo.InvariantCulture);
                text.Append(c == 0 ? name : ", " + name);
                // The type mapping sets the parameter's database type; values are set per row.
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, name, columns[c].Getter.GetClrValue(sample), columns[c].Property.IsNullable));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
    {
        /// <summary>The value as stored: through the property's converter (enums as text, decimals scaled on SQLite…).</summary>
        public object ProviderValue(object row)
        {
            var value = Getter.GetClrValue(row);
            if (value is not null && Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            return value ?? DBNull.Value;
        }
    }
}
