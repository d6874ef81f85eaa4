using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Platform;

/// <summary>The growing corpus of hostile requests: each gets a 4xx ProblemDetails, never a 500.</summary>
public sealed class HostileInputTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    public static TheoryData<string, string, string> Bodies => new()
    {
        { "/api/v1/auth/token", "application/json", "{\"user\":" },
        { "/api/v1/auth/token", "application/json", "" },
        { "/api/v1/auth/token", "application/json", "[1,2,3]" },
        { "/api/v1/auth/token", "application/json", "\"just a string\"" },
        { "/api/v1/auth/token", "application/json", "{\"user\":123,\"password\":true}" },
        { "/api/v1/auth/token", "application/json", "{\"user\":null,\"password\":null}" },
        { "/api/v1/auth/token", "application/json", new string('[', 10_000) + new string(']', 10_000) },
        { "/api/v1/auth/token", "application/json", "{\"user\":\"admin\",\"password\":\"x\",\"user\":\"admin\"" },
        { "/api/v1/auth/token", "application/json", "{\"user\":\"\\u0000admin\",\"password\":\"' OR 1=1 --\"}" },
        { "/api/v1/auth/token", "text/plain", "user=admin&password=admin-demo" },
        { "/api/v1/auth/token", "application/xml", "<token><user>admin</user></token>" },
        { "/api/v1/auth/token", "application/json", "\uFEFF\uFFFE{\"user\":\"a\"}" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task HostileBody_Gives4xxProblem(string path, string contentType, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await factory.CreateClient().PostAsync(path, content);
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OversizedBody_Gives413()
    {
        var huge = "{\"user\":\"" + new string('a', 17 * 1024 * 1024) + "\"}";
        using var content = new StringContent(huge, Encoding.UTF8, "application/json");
        var response = await factory.CreateClient().PostAsync("/api/v1/auth/token", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not.a.token")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.e30.AAAA")]
    [InlineData("Basic YWRtaW46YWRtaW4tZGVtbw==")]
    public async Task MalformedAuthorization_Gives401(string header)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);
        var response = await client.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/code-lists/country?pageSize=100000")]
    [InlineData("/api/v1/code-lists/country?page=-1")]
    [InlineData("/api/v1/code-lists/country?page=abc")]
    [InlineData("/api/v1/code-lists/country?lang=xx")]
    [InlineData("/api/v1/code-lists/no-such-list")]
    public async Task BadQuery_Gives4xxProblem(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
