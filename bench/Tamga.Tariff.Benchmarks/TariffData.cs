using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Tamga.Tariff.Catalogue;
using Tamga.Tariff.ClassifyGoods;
using Tamga.Tariff.Data;

namespace Tamga.Tariff.Benchmarks;

/// <summary>
/// The full tariff as the host serves it: a built host loads HS 2022 and the UK tariff into a fresh SQLite database
/// (its <c>tariff coverage</c> verb runs the first-start load), and the catalogue is read back from that database
/// exactly as at start. Queries are the goods descriptions of the WCO DEC-DMS samples and every national line code.
/// </summary>
internal sealed class TariffData
{
    private TariffData(string database, TariffCatalogue catalogue, IReadOnlyList<string> descriptions, IReadOnlyList<string> codes)
    {
        Database = database;
        Catalogue = catalogue;
        Descriptions = descriptions;
        Codes = codes;
    }

    public string Database { get; }

    public TariffCatalogue Catalogue { get; }

    /// <summary>The distinct goods descriptions of the samples, as traders wrote them.</summary>
    public IReadOnlyList<string> Descriptions { get; }

    /// <summary>Every national tariff line code.</summary>
    public IReadOnlyList<string> Codes { get; }

    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Tamga.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Tamga.sln not found above the benchmark.");
    }

    public static async Task<TariffData> LoadAsync(string? database)
    {
        var root = Root();
        database ??= await CreateDatabaseAsync(root);
        var options = new DbContextOptionsBuilder<SqliteTariffDbContext>().UseSqlite($"Data Source={database};Mode=ReadOnly").Options;
        await using var db = new SqliteTariffDbContext(options);
        var catalogue = new TariffCatalogue();
        await catalogue.ReloadAsync(db, CancellationToken.None);
        var descriptions = ClassificationEvaluation.ReadSamples(Path.Combine(root, "tests", "data", "wco-dms", "index.json"))
            .Select(s => s.Description)
            .Where(d => d.Length <= TariffInput.MaxTextLength)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var codes = catalogue.Current.Lines.Keys.Order(StringComparer.Ordinal).ToList();
        return new TariffData(database, catalogue, descriptions, codes);
    }

    /// <summary>Runs the built host's <c>tariff coverage</c> verb in a fresh folder; its database is the loaded tariff.</summary>
    private static async Task<string> CreateDatabaseAsync(string root)
    {
        var host = new[] { "Release", "Debug" }
            .Select(c => Path.Combine(root, "src", "Tamga.Host", "bin", c, "net10.0", "Tamga.Host.dll"))
            .FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("Build the host first: dotnet build -c Release src/Tamga.Host");
        var folder = Directory.CreateTempSubdirectory("tamga-tariff-bench-").FullName;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(host);
        start.ArgumentList.Add("tariff");
        start.ArgumentList.Add("coverage");
        start.Environment["Tamga__SeedDemoUsers"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The host could not load the tariff ({process.ExitCode}): {await errors}");
        }

        Console.Error.WriteLine((await output).Trim());
        var database = Path.Combine(folder, "data", "tamga.db");
        SqliteConnection.ClearAllPools();
        return File.Exists(database) ? database : throw new FileNotFoundException("The host wrote no database.", database);
    }
}
