using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Tamga.Platform.Http;

namespace Tamga.Host.Tests.Infrastructure;

/// <summary>A real Tamga host in memory, on its own database (SQLite or PostgreSQL), with the demonstration users.</summary>
public class TamgaFactory : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Database.Settings!));
        foreach (var (key, value) in Database.Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client holding a bearer token for the given user.</summary>
    public async Task<HttpClient> ClientForAsync(string user, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { user, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>A client signed in as one of the demonstration users (password: name + "-demo").</summary>
    public Task<HttpClient> ClientForAsync(string demoUser) => ClientForAsync(demoUser, demoUser + "-demo");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}
