using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Tamga.Tariff.Benchmarks;

/// <summary>
/// The plain database way, for comparison: the description's words (3 letters or more) each as
/// <c>description LIKE '%word%'</c>, any of them, over the national lines and the HS entries of the same SQLite
/// database; first 20 rows, unranked (so it does less than the search it is compared with).
/// </summary>
internal sealed class LikeQuery : IDisposable
{
    private readonly SqliteConnection _connection;

    public LikeQuery(string database)
    {
        _connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        _connection.Open();
    }

    public int Run(string description)
    {
        var words = description.ToLowerInvariant()
            .Split((char[])[' ', ',', '.', '/', '-', '(', ')', ':', ';', '\'', '"', '&', '+', '%', '*', '#'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3)
            .Distinct(StringComparer.Ordinal)
            .Take(8)
            .ToList();
        if (words.Count == 0)
        {
            return 0;
        }

        using var command = _connection.CreateCommand();
        var condition = string.Join(" OR ", words.Select((_, i) => "description LIKE $w" + i.ToString(CultureInfo.InvariantCulture)));
        command.CommandText = $"SELECT code, description FROM tar_lines WHERE {condition} UNION ALL SELECT code, description FROM tar_hs_entries WHERE {condition} LIMIT 20";
        for (var i = 0; i < words.Count; i++)
        {
            command.Parameters.AddWithValue("$w" + i.ToString(CultureInfo.InvariantCulture), "%" + words[i] + "%");
        }

        var rows = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows += reader.GetString(1).Length > 0 ? 1 : 0;
        }

        return rows;
    }

    public void Dispose() => _connection.Dispose();
}
