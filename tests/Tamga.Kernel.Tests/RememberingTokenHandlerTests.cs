using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tamga.Platform.Security;

namespace Tamga.Kernel.Tests;

public sealed class RememberingTokenHandlerTests
{
    private static readonly SymmetricSecurityKey Key = new(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray());

    private static readonly TokenValidationParameters Parameters = new()
    {
        ValidIssuer = "tamga-test",
        ValidAudience = "tamga-api",
        IssuerSigningKey = Key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.Zero,
    };

    private static string Token(TimeSpan lifetime, string subject = "trader")
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "tamga-test",
            Audience = "tamga-api",
            Subject = new ClaimsIdentity([new Claim("sub", subject)]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }

    [Fact]
    public async Task AValidToken_IsRemembered_AndEachRequestGetsItsOwnIdentity()
    {
        var handler = new RememberingTokenHandler(TimeProvider.System);
        var token = Token(TimeSpan.FromMinutes(10));

        var first = await handler.ValidateTokenAsync(token, Parameters);
        var second = await handler.ValidateTokenAsync(token, Parameters);

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal("trader", second.ClaimsIdentity.FindFirst("sub")?.Value);
    }

    [Fact]
    public async Task ATamperedToken_IsRefused_EvenBesideARememberedOne()
    {
        var handler = new RememberingTokenHandler(TimeProvider.System);
        var token = Token(TimeSpan.FromMinutes(10));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters)).IsValid);

        var other = Token(TimeSpan.FromMinutes(10), subject: "officer");
        var parts = token.Split('.');
        var forged = string.Join('.', other.Split('.')[0], other.Split('.')[1], parts[2]);

        Assert.False((await handler.ValidateTokenAsync(forged, Parameters)).IsValid);
        Assert.False((await handler.ValidateTokenAsync(forged, Parameters)).IsValid);
    }

    [Fact]
    public async Task ARememberedToken_IsRefusedOnceItExpires()
    {
        var handler = new RememberingTokenHandler(TimeProvider.System);
        var token = Token(TimeSpan.FromSeconds(2));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters)).IsValid);

        await Task.Delay(TimeSpan.FromSeconds(3));

        var late = await handler.ValidateTokenAsync(token, Parameters);
        Assert.False(late.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(late.Exception);
    }
}
