using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Risk.Data;

namespace Tamga.Host.Tests.Risk;

/// <summary>A host that retrains its scoring model on a schedule: daily, from the KCS Q1 2021 declarations, with few trees.</summary>
public sealed class RetrainingFactory : TamgaFactory
{
    public static string Data => Path.Combine(Samples.Folder, "..", "customs-fraud", "kcs-synthetic-import-declarations", "df_syn_valid_eng.csv");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Modules:Risk:RetrainEvery", "1.00:00:00");
        builder.UseSetting("Modules:Risk:RetrainingData:0", Data);
        builder.UseSetting("Modules:Risk:RetrainingIterations", "20");
        builder.UseSetting("Modules:Risk:ModelCheckEvery", "00:00:00.500");
    }
}

public sealed class ScheduledRetrainingTests(RetrainingFactory factory) : IClassFixture<RetrainingFactory>
{
    [Fact]
    public async Task A_scheduled_retraining_puts_a_new_model_in_use_audits_it_and_announces_it()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");

        // No model yet: one is due at once. Until it is in use, the rules decide alone.
        var deadline = DateTime.UtcNow.AddSeconds(180);
        string? stream = null;
        while (stream is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
            stream = await db.AuditRecords.AsNoTracking().Where(a => a.Action == "risk-model.installed").Select(a => a.Stream).FirstOrDefaultAsync();
        }

        Assert.NotNull(stream);
        var version = stream["risk-model/".Length..];
        Assert.True(File.Exists(Path.Combine(factory.Database.Folder, "risk-models", $"risk-{version}.risk-model.zip")));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
            var announcements = await db.OutboxMessages.AsNoTracking().Select(m => m.Payload).ToListAsync();
            Assert.Contains(announcements, p => p.Contains($"scoring model {version} came into use", StringComparison.Ordinal));
        }

        // A declaration lodged now is scored by the new model, and the officer reads its score.
        var (_, lodged) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("RETRAIN-0001"));
        var official = (await SimpleImport.GetAsync(officer, $"/api/v1/declarations/{lodged.GetProperty("id").GetString()}")).GetProperty("summary");
        Assert.Contains(official.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("risk score ", StringComparison.Ordinal));

        // Trained daily: not again within the day.
        await Task.Delay(1500);
        Assert.Single(Directory.GetFiles(Path.Combine(factory.Database.Folder, "risk-models"), "*.risk-model.zip"));
    }
}
