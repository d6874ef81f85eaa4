using System.Net;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Platform;

public sealed class OpenApiTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    [Fact]
    public async Task OpenApiDocument_IsPublic_AndShowsTheDeclarationExample()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/v1/declarations", document, StringComparison.Ordinal);
        Assert.Contains("LRN-2026-000123", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/auth/token", document, StringComparison.Ordinal);
    }
}
