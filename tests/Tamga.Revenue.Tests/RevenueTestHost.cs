using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tamga.Platform.Security;
using Tamga.Platform.Text;
using Tamga.ReferenceData.Contracts;
using Tamga.Revenue.Accounts;
using Tamga.Revenue.Data;
using Tamga.Revenue.Guarantees;
using Tamga.Revenue.Ledger;
using Tamga.Revenue.Payments;
using Tamga.Revenue.Refunds;
using Tamga.Revenue.Reports;

namespace Tamga.Revenue.Tests;

/// <summary>
/// The revenue accounting services over a real, migrated SQLite database in a temporary folder, with a clock the
/// test moves and a recording gateway in place of the bank (the test plays the bank's callbacks).
/// </summary>
internal sealed class RevenueTestHost : IDisposable
{
    public const string Secret = "randomized-test-callback-secret";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tamga-revenue-tests", Guid.NewGuid().ToString("N"));

    public RevenueTestHost()
    {
        Directory.CreateDirectory(_folder);
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "revenue.db"), DefaultTimeout = 60, Pooling = true }.ToString();
        var services = new ServiceCollection();
        services.AddDbContext<SqliteRevenueDbContext>(o => o.UseSqlite(connection, s => s.MigrationsHistoryTable(RevenueDbContext.Tables.MigrationsTable)));
        services.AddScoped<RevenueDbContext>(sp => sp.GetRequiredService<SqliteRevenueDbContext>());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICodeLists>(new CurrencyCodes());
        services.AddSingleton<IPaymentGateway>(Gateway);
        services.AddSingleton(Options.Create(new PaymentOptions { Gateway = Gateway.Name, CallbackSecret = Secret, PendingTimeout = TimeSpan.FromMinutes(10) }));
        services.AddScoped<LedgerBook>();
        services.AddScoped<Settlement>();
        services.AddScoped<MoneyRules>();
        services.AddScoped<PaymentHandler>();
        services.AddScoped<DeferredAccountHandler>();
        services.AddScoped<GuaranteeHandler>();
        services.AddScoped<RefundHandler>();
        services.AddScoped<RevenueReports>();
        services.AddScoped<DutiesAssessedHandler>();
        services.AddScoped<DeclarationCancelledHandler>();
        Services = services.BuildServiceProvider();
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SqliteRevenueDbContext>();
        db.Database.Migrate();
        using var wal = db.Database.GetDbConnection().CreateCommand();
        db.Database.OpenConnection();
        wal.CommandText = "PRAGMA journal_mode=WAL;";
        wal.ExecuteNonQuery();
    }

    public ManualClock Clock { get; } = new();

    public RecordingGateway Gateway { get; } = new();

    public ServiceProvider Services { get; }

    public static ClaimsPrincipal Trader(string party) => User("user-" + party, "trader", party);

    public static ClaimsPrincipal Officer(string name) => User(name, "finance", null);

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public void Dispose()
    {
        Services.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static ClaimsPrincipal User(string name, string role, string? party)
    {
        var claims = new List<Claim> { new(TamgaClaims.Name, name), new(TamgaClaims.Role, role) };
        if (party is not null)
        {
            claims.Add(new Claim(TamgaClaims.Party, party));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", TamgaClaims.Name, TamgaClaims.Role));
    }
}

/// <summary>A clock the test moves forward.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _ticks = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

/// <summary>Takes every order and remembers it; the test answers for the bank.</summary>
internal sealed class RecordingGateway : IPaymentGateway
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<PaymentOrder> _orders = new();

    public string Name => "test-bank";

    public IReadOnlyCollection<PaymentOrder> Orders => _orders;

    public Task<GatewayAnswer> SubmitAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        _orders.Enqueue(order);
        return Task.FromResult(new GatewayAnswer(true, "TB-" + order.PaymentId.ToString("N")[..12], null));
    }
}

/// <summary>The ISO 4217 codes in use, from the currency list Tamga ships (<c>Tamga.ReferenceData/Sources/currency-codes</c>).</summary>
internal sealed class CurrencyCodes : ICodeLists
{
    private static readonly Lazy<HashSet<string>> Codes = new(Load);

    public bool Contains(string list, string code) => list == CodeListNames.Currencies && Codes.Value.Contains(code);

    public CodeEntry? Find(string list, string code) => Contains(list, code) ? new CodeEntry(list, code, code, null, null, null, null) : null;

    public IReadOnlyList<CodeEntry> Entries(string list) => [];

    private static HashSet<string> Load()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Tamga.sln")))
        {
            folder = folder.Parent;
        }

        var file = Path.Combine(folder!.FullName, "src", "Modules", "Tamga.ReferenceData", "Sources", "currency-codes", "codes-all.csv");
        using var reader = new StreamReader(file);
        return Csv.ReadWithHeader(reader)
            .Where(r => r.Row.GetValueOrDefault("WithdrawalDate", "").Length == 0 && r.Row.GetValueOrDefault("AlphabeticCode", "").Length == 3)
            .Select(r => r.Row["AlphabeticCode"])
            .ToHashSet(StringComparer.Ordinal);
    }
}
