using System.Net.Http.Json;
using System.Text.Json;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Platform;

/// <summary>Each test tampers with the store, so each gets its own host.</summary>
public sealed class AuditTrailTests
{
    private static async Task<JsonElement> VerifyAsync(TamgaFactory factory)
    {
        using var auditor = await factory.ClientForAsync("auditor");
        using var report = JsonDocument.Parse(await auditor.GetStringAsync("/api/v1/audit/verify"));
        return report.RootElement.Clone();
    }

    [Fact]
    public async Task Verify_OnUntouchedDatabase_IsIntact()
    {
        using var factory = new TamgaFactory();
        var report = await VerifyAsync(factory);
        Assert.True(report.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Verify_AfterARowIsEdited_NamesThatRecord()
    {
        using var factory = new TamgaFactory();
        using (var admin = await factory.ClientForAsync("admin"))
        {
            await admin.PostAsJsonAsync("/api/v1/admin/users", new { user = "victim", password = "password-1", roles = new[] { "officer" } });
        }

        var table = factory.Database.Table("platform", "plat_audit_trail");
        Assert.Equal(1, await factory.Database.ExecuteAsync($"UPDATE {table} SET actor = 'user:someone-else' WHERE stream = 'user/victim'"));
        var report = await VerifyAsync(factory);
        Assert.False(report.GetProperty("intact").GetBoolean());
        var broken = report.GetProperty("firstBreak");
        Assert.Equal("user/victim", broken.GetProperty("stream").GetString());
        Assert.Contains("altered", broken.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(broken.GetProperty("recordId").GetInt64() > 0);
    }

    [Fact]
    public async Task Verify_AfterTheNewestRecordIsDeleted_ReportsTheGap()
    {
        using var factory = new TamgaFactory();
        var table = factory.Database.Table("platform", "plat_audit_trail");
        using (var client = factory.CreateClient())
        {
            // Five failed sign-ins lock the account: a second record on the user's stream.
            for (var i = 0; i < 5; i++)
            {
                await client.PostAsJsonAsync("/api/v1/auth/token", new { user = "finance", password = "wrong-password" });
            }
        }

        Assert.Equal(1, await factory.Database.ExecuteAsync($"DELETE FROM {table} WHERE stream = 'user/finance' AND sequence = 2"));
        var report = await VerifyAsync(factory);
        Assert.False(report.GetProperty("intact").GetBoolean());
        Assert.Equal("user/finance", report.GetProperty("firstBreak").GetProperty("stream").GetString());
    }

    [Fact]
    public async Task Verify_AfterTwoRecordsAreReordered_IsBroken()
    {
        using var factory = new TamgaFactory();
        var table = factory.Database.Table("platform", "plat_audit_trail");
        using (var client = factory.CreateClient())
        {
            for (var i = 0; i < 5; i++)
            {
                await client.PostAsJsonAsync("/api/v1/auth/token", new { user = "agency", password = "wrong-password" });
            }
        }

        await factory.Database.ExecuteAsync($"UPDATE {table} SET sequence = 3 WHERE stream = 'user/agency' AND sequence = 1");
        await factory.Database.ExecuteAsync($"UPDATE {table} SET sequence = 1 WHERE stream = 'user/agency' AND sequence = 2");
        await factory.Database.ExecuteAsync($"UPDATE {table} SET sequence = 2 WHERE stream = 'user/agency' AND sequence = 3");
        var report = await VerifyAsync(factory);
        Assert.False(report.GetProperty("intact").GetBoolean());
        Assert.Equal("user/agency", report.GetProperty("firstBreak").GetProperty("stream").GetString());
    }
}
