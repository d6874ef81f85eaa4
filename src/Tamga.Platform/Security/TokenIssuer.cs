using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Tamga.Platform.Organisation;

namespace Tamga.Platform.Security;

/// <summary>Issues signed JWT access tokens (HMAC-SHA256) for machine-to-machine calls.</summary>
public sealed class TokenIssuer(SigningKeyStore keys, TimeProvider clock, IOptions<TamgaOptions> options)
{
    public const string Audience = "tamga-api";

    public (string Token, int ExpiresIn) Issue(User user)
    {
        var auth = options.Value.Auth;
        var now = clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(UserDirectory.ClaimsOf(user)),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddSeconds(auth.TokenLifetimeSeconds),
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        };
        return (new JsonWebTokenHandler().CreateToken(descriptor), auth.TokenLifetimeSeconds);
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = options.Value.Auth.Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = keys.Key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = TamgaClaims.Name,
        RoleClaimType = TamgaClaims.Role,
        ClockSkew = TimeSpan.FromSeconds(30),
    };
}
