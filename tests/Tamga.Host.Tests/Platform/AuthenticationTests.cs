using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Platform;

public sealed class AuthenticationTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    [Fact]
    public async Task Health_WhenStarted_Answers200()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_WithRightPassword_GivesBearerTokenWithRfc6749Names()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { user = "trader", password = "trader-demo" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", body.RootElement.GetProperty("token_type").GetString());
        Assert.True(body.RootElement.GetProperty("expires_in").GetInt32() > 0);
        var token = new JsonWebToken(body.RootElement.GetProperty("access_token").GetString());
        Assert.Equal("trader", token.GetClaim("name").Value);
        Assert.Equal("GB553202734852", token.GetClaim("party").Value);
    }

    [Fact]
    public async Task Token_WithWrongPassword_Gives401Problem()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { user = "trader", password = "wrong-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Token_AfterRepeatedFailures_IsThrottledEvenWithTheRightPassword()
    {
        using var admin = await factory.ClientForAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/admin/users", new { user = "lockme", password = "right-password", roles = new[] { "officer" }, offices = new[] { "ZZ000001" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var failed = await client.PostAsJsonAsync("/api/v1/auth/token", new { user = "lockme", password = "wrong-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        var locked = await client.PostAsJsonAsync("/api/v1/auth/token", new { user = "lockme", password = "right-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
    }

    [Fact]
    public async Task Token_WithMissingFields_Gives400NamingThem()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { user = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"field\":\"user\"", text, StringComparison.Ordinal);
        Assert.Contains("\"field\":\"password\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_WithoutToken_Gives401()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_WithTokenSignedByAnotherKey_Gives401()
    {
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "tamga",
            Audience = "tamga-api",
            Claims = new Dictionary<string, object> { ["name"] = "admin", ["role"] = "admin" },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 64))), SecurityAlgorithms.HmacSha256),
        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Api_WithUnsignedToken_Gives401()
    {
        static string B64(string s) => Base64UrlEncoder.Encode(s);
        var unsigned = B64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + B64("{\"name\":\"admin\",\"role\":\"admin\",\"iss\":\"tamga\",\"aud\":\"tamga-api\"}") + ".";
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", unsigned);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Me_WithToken_NamesRolesPartyAndOffices()
    {
        using var officer = await factory.ClientForAsync("officer");
        using var body = JsonDocument.Parse(await officer.GetStringAsync("/api/v1/me"));
        Assert.Equal("officer", body.RootElement.GetProperty("user").GetString());
        Assert.Equal("ZZ000001", body.RootElement.GetProperty("offices")[0].GetString());
    }

    [Theory]
    [InlineData("trader")]
    [InlineData("officer")]
    [InlineData("auditor")]
    public async Task AdminEndpoints_ForOtherRoles_Give403(string user)
    {
        using var client = await factory.ClientForAsync(user);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/admin/users", new { user = "x1", password = "password-1", roles = new[] { "admin" } })).StatusCode);
    }

    [Fact]
    public async Task AuditVerify_ForTrader_Gives403()
    {
        using var trader = await factory.ClientForAsync("trader");
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.GetAsync("/api/v1/audit/verify")).StatusCode);
    }
}
