using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Platform;

/// <summary>The verbs of the built executable, run from an empty folder on a fresh database.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private string SqliteFile => Path.Combine(_database.Folder, "data", "tamga.db");

    [Fact]
    public async Task UsersAdd_CreatesTheDatabaseAndTheUser_ThenRefusesTheSameUser()
    {
        var (code, stdout, _) = await TamgaProcess.RunAsync(_database, "users", "add", "--user", "alice", "--password", "alice-password", "--role", "trader", "--role", "finance", "--party", "GB000000000001");
        Assert.Equal(0, code);
        Assert.Contains("alice", stdout, StringComparison.Ordinal);
        Assert.Contains("trader finance", stdout, StringComparison.Ordinal);
        if (!TestDatabase.IsPostgres)
        {
            Assert.True(File.Exists(SqliteFile));
        }

        var again = await TamgaProcess.RunAsync(_database, "users", "add", "--user", "alice", "--password", "alice-password", "--role", "trader", "--party", "GB000000000001");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--role", "emperor")]
    [InlineData("--office", "NOWHERE1")]
    [InlineData("--party", "not an eori")]
    [InlineData("--skill", "telepathy")]
    public async Task UsersAdd_WithUnknownRoleOfficeOrBadParty_FailsWithAClearMessage(string option, string value)
    {
        var args = new List<string> { "users", "add", "--user", "bob", "--password", "bob-password" };
        if (option != "--role")
        {
            args.AddRange(["--role", "officer"]);
        }

        args.AddRange([option, value]);
        var (code, stdout, stderr) = await TamgaProcess.RunAsync(_database, [.. args]);
        Assert.NotEqual(0, code);
        Assert.Contains("error", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("added", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_GivesAnOfficerSkills_ThatUsersListShows()
    {
        var (code, stdout, stderr) = await TamgaProcess.RunAsync(_database, "users", "add", "--user", "olga", "--password", "olga-password", "--role", "officer", "--office", "ZZ000001", "--skill", "valuation", "--skill", "documentary");
        Assert.True(code == 0, stderr);
        Assert.Contains("skills documentary valuation", stdout, StringComparison.Ordinal);
        var list = await TamgaProcess.RunAsync(_database, "users", "list");
        Assert.Contains(list.Stdout.Split('\n'), line => line.StartsWith("olga\t", StringComparison.Ordinal) && line.TrimEnd().EndsWith("\tdocumentary valuation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownVerbOption_FailsWithNonZeroExit()
    {
        var (code, _, stderr) = await TamgaProcess.RunAsync(_database, "users", "add", "--user", "x", "--no-such-option");
        Assert.NotEqual(0, code);
        Assert.False(string.IsNullOrWhiteSpace(stderr));
    }

    [Fact]
    public async Task AuditVerify_SucceedsUntouched_AndFailsNamingTheRecordAfterAnEdit()
    {
        var (code, stdout, _) = await TamgaProcess.RunAsync(_database, "audit", "verify");
        Assert.Equal(0, code);
        Assert.Contains("intact", stdout, StringComparison.Ordinal);

        if (TestDatabase.IsPostgres)
        {
            await _database.ExecuteAsync("UPDATE platform.plat_audit_trail SET summary = 'edited' WHERE stream = 'user/admin'");
        }
        else
        {
            await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={SqliteFile};Pooling=False");
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = "UPDATE plat_audit_trail SET summary = 'edited' WHERE stream = 'user/admin'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var broken = await TamgaProcess.RunAsync(_database, "audit", "verify");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("BROKEN", broken.Stdout, StringComparison.Ordinal);
        Assert.Contains("stream user/admin", broken.Stdout, StringComparison.Ordinal);
        Assert.Matches("record [0-9]+", broken.Stdout);
    }

    [Fact]
    public async Task ImportReference_LoadsAnAdministrationsCodes()
    {
        var csv = Path.Combine(_database.Folder, "offices-codes.csv");
        await File.WriteAllTextAsync(csv, "code,description,description_fr\nQQ,Test territory,Territoire d'essai\n");
        var (code, stdout, _) = await TamgaProcess.RunAsync(_database, "import-reference", "--list", "country", "--file", csv);
        Assert.Equal(0, code);
        Assert.Contains("1 codes loaded into 'country'", stdout, StringComparison.Ordinal);

        await File.WriteAllTextAsync(csv, "code,description\n,missing code\n");
        var bad = await TamgaProcess.RunAsync(_database, "import-reference", "--list", "country", "--file", csv);
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains(":2:", bad.Stderr, StringComparison.Ordinal);
    }
}
