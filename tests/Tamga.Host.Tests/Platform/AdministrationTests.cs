using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Platform;

public sealed class AdministrationTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    [Fact]
    public async Task CreateUser_WithUnknownParty_CreatesTheParty()
    {
        using var admin = await factory.ClientForAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new { user = "importer1", password = "password-1", roles = new[] { "trader" }, party = "gb123456789000" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var parties = await admin.GetStringAsync("/api/v1/admin/parties");
        Assert.Contains("GB123456789000", parties, StringComparison.Ordinal);
        using var importer = await factory.ClientForAsync("importer1", "password-1");
        using var me = JsonDocument.Parse(await importer.GetStringAsync("/api/v1/me"));
        Assert.Equal("GB123456789000", me.RootElement.GetProperty("party").GetString());
    }

    [Fact]
    public async Task CreateUser_Twice_Gives409()
    {
        using var admin = await factory.ClientForAsync("admin");
        var body = new { user = "twice", password = "password-1", roles = new[] { "auditor" } };
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/admin/users", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/v1/admin/users", body)).StatusCode);
    }

    [Fact]
    public async Task CreateUser_WithUnknownRoleOrOffice_Gives400NamingTheRule()
    {
        using var admin = await factory.ClientForAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new { user = "bad1", password = "password-1", roles = new[] { "emperor" }, offices = new[] { "XX999999" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("USR-ROLE", text, StringComparison.Ordinal);
        Assert.Contains("USR-OFFICE", text, StringComparison.Ordinal);
        var users = await admin.GetStringAsync("/api/v1/admin/users");
        Assert.DoesNotContain("bad1", users, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateTrader_WithoutParty_Gives400()
    {
        using var admin = await factory.ClientForAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new { user = "noparty", password = "password-1", roles = new[] { "trader" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Offices_AreTheLabelledDemonstrationRegister()
    {
        using var officer = await factory.ClientForAsync("officer");
        using var offices = JsonDocument.Parse(await officer.GetStringAsync("/api/v1/offices"));
        Assert.All(offices.RootElement.EnumerateArray(), o => Assert.True(o.GetProperty("demonstration").GetBoolean()));
        Assert.Contains(offices.RootElement.EnumerateArray(), o => o.GetProperty("code").GetString() == "ZZ000002" && o.GetProperty("supervisingOfficeCode").GetString() == "ZZ000001");
    }
}
