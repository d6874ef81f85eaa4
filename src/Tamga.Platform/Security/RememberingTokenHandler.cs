using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tamga.Platform.Security;

/// <summary>
/// Validates bearer tokens exactly as <see cref="JsonWebTokenHandler"/> does, and remembers each token it found
/// valid until the token expires (and for at most <see cref="MaxMemory"/>), so that a system sending the same
/// token with every request has the signature, issuer, audience and lifetime checked once rather than on each
/// request. Invalid tokens are never remembered. Each request is given its own copy of the identity. Tamga's
/// validation parameters are fixed for the life of the process (one signing key, issuer and audience), which is
/// what makes a remembered answer the answer a new validation would give until the token's expiry.
/// </summary>
internal sealed class RememberingTokenHandler(TimeProvider clock) : JsonWebTokenHandler
{
    /// <summary>Most tokens remembered; beyond it the memory starts again.</summary>
    internal const int Capacity = 10_000;

    internal static readonly TimeSpan MaxMemory = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Remembered> _valid = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_valid.TryGetValue(token, out var remembered))
        {
            if (now < remembered.Until)
            {
                return remembered.Copy();
            }

            _valid.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } securityToken)
        {
            if (_valid.Count >= Capacity)
            {
                _valid.Clear();
            }

            var until = now + MaxMemory;
            _valid[token] = new Remembered(result, securityToken.ValidTo < until ? securityToken.ValidTo : until);
        }

        return result;
    }

    private sealed record Remembered(TokenValidationResult Result, DateTime Until)
    {
        public TokenValidationResult Copy() => new()
        {
            IsValid = true,
            ClaimsIdentity = Result.ClaimsIdentity.Clone(),
            SecurityToken = Result.SecurityToken,
            TokenType = Result.TokenType,
            Issuer = Result.Issuer,
        };
    }
}
