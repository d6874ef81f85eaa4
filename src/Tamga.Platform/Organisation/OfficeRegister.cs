using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Platform.Data;

namespace Tamga.Platform.Organisation;

/// <summary>The customs office register as the modules read it: from memory, refreshed every half minute.</summary>
public sealed class OfficeRegister(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private FrozenDictionary<string, Office> _offices = FrozenDictionary<string, Office>.Empty;
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    public async ValueTask<Office?> FindAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var offices = await OfficesAsync(cancellationToken);
        return offices.GetValueOrDefault(code);
    }

    /// <summary>Every office of the register, by code (e.g. for a form's office list).</summary>
    public async ValueTask<IReadOnlyList<Office>> AllAsync(CancellationToken cancellationToken)
    {
        var offices = await OfficesAsync(cancellationToken);
        return offices.Values.OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>The offices an officer works for: their own and those they supervise.</summary>
    public async ValueTask<IReadOnlyList<string>> JurisdictionAsync(IReadOnlyList<string> officerOffices, CancellationToken cancellationToken)
    {
        var offices = await OfficesAsync(cancellationToken);
        return officerOffices
            .Concat(offices.Values.Where(o => o.SupervisingOfficeCode is not null && officerOffices.Contains(o.SupervisingOfficeCode)).Select(o => o.Code))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public void Invalidate() => _loadedAt = DateTimeOffset.MinValue;

    private async ValueTask<FrozenDictionary<string, Office>> OfficesAsync(CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() - _loadedAt < Freshness)
        {
            return _offices;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (clock.GetUtcNow() - _loadedAt >= Freshness)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
                _offices = (await db.Offices.AsNoTracking().ToListAsync(cancellationToken)).ToFrozenDictionary(o => o.Code, StringComparer.Ordinal);
                _loadedAt = clock.GetUtcNow();
            }

            return _offices;
        }
        finally
        {
            _loading.Release();
        }
    }
}
