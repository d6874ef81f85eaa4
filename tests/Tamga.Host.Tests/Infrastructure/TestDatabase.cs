using Npgsql;

namespace Tamga.Host.Tests.Infrastructure;

/// <summary>
/// The database a test host runs on: SQLite in a fresh folder by default; PostgreSQL when
/// <c>TAMGA_TEST_PROVIDER=PostgreSQL</c> (a fresh database per host on the server of <c>TAMGA_TEST_POSTGRES</c>).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string ServerVariable = "TAMGA_TEST_POSTGRES";
    public const string ProviderVariable = "TAMGA_TEST_PROVIDER";

    private readonly string? _databaseName;

    public TestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "tamga-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        if (IsPostgres)
        {
            _databaseName = "tamga_t_" + Guid.NewGuid().ToString("N")[..16];
            using var connection = new NpgsqlConnection(ServerConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {_databaseName}";
            command.ExecuteNonQuery();
            ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _databaseName, Pooling = true }.ToString();
        }
    }

    public static bool IsPostgres => string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres";

    /// <summary>The host's data directory (SQLite file, keys).</summary>
    public string Folder { get; }

    public string? ConnectionString { get; }

    public string Provider => IsPostgres ? "PostgreSQL" : "Sqlite";

    /// <summary>Settings for the host, as configuration keys.</summary>
    public IReadOnlyDictionary<string, string> Settings => IsPostgres
        ? new Dictionary<string, string> { ["Tamga:DataDirectory"] = Folder, ["Tamga:Database:Provider"] = "PostgreSQL", ["Tamga:Database:ConnectionString"] = ConnectionString! }
        : new Dictionary<string, string> { ["Tamga:DataDirectory"] = Folder };

    /// <summary>Runs SQL directly against the store, as someone tampering with it would.</summary>
    public async Task<int> ExecuteAsync(string sql)
    {
        if (IsPostgres)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return await command.ExecuteNonQueryAsync();
        }

        await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(Folder, "tamga.db")};Pooling=False");
        await sqlite.OpenAsync();
        await using var sqliteCommand = sqlite.CreateCommand();
        sqliteCommand.CommandText = sql;
        return await sqliteCommand.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a query directly against the store and returns the first column of the first row.</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        if (IsPostgres)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(Folder, "tamga.db")};Pooling=False");
        await sqlite.OpenAsync();
        await using var sqliteCommand = sqlite.CreateCommand();
        sqliteCommand.CommandText = sql;
        return Convert.ToInt64(await sqliteCommand.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A table name as the module stores it: schema-qualified on PostgreSQL, prefixed everywhere.</summary>
    public string Table(string schema, string table) => IsPostgres ? $"{schema}.{table}" : table;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_databaseName is not null)
        {
            try
            {
                using var connection = new NpgsqlConnection(ServerConnectionString);
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)";
                command.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // Best effort: a leftover test database does no harm.
            }
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
