using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Risk.Data;
using Tamga.Risk.Selectivity;

namespace Tamga.Risk.Profiles;

/// <summary>
/// The profiles in force, held in memory for selectivity (no query per declaration). A change of profiles is
/// bracketed by <see cref="ChangeAsync"/>: assessments that start while it runs wait for the new set, so that the
/// re-scoring a change triggers never sees the old one.
/// </summary>
internal sealed class ActiveProfiles(IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly SemaphoreSlim _changing = new(1, 1);
    private volatile IReadOnlyList<RiskProfile> _profiles = [];
    private volatile TaskCompletionSource? _settled;

    public IReadOnlyList<RiskProfile> All => _profiles;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        _profiles = await db.Profiles.AsNoTracking().Where(p => p.Status == ProfileStatus.Active).OrderBy(p => p.Number).ToListAsync(cancellationToken);
    }

    /// <summary>Replaces the set in memory without the database (the re-scoring benchmark).</summary>
    public void Use(IReadOnlyList<RiskProfile> profiles) => _profiles = profiles;

    /// <summary>Runs <paramref name="change"/> (which commits), then reloads the set; assessments wait meanwhile.</summary>
    public async Task<T> ChangeAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken)
    {
        await _changing.WaitAsync(cancellationToken);
        var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _settled = settled;
        try
        {
            var result = await change();
            await LoadAsync(CancellationToken.None);
            return result;
        }
        finally
        {
            _settled = null;
            settled.TrySetResult();
            _changing.Release();
        }
    }

    /// <summary>Completes at once, unless a change is being committed: then when the new set is loaded.</summary>
    public Task SettledAsync() => _settled?.Task ?? Task.CompletedTask;

    /// <summary>
    /// The profiles in force that select <paramref name="declaration"/> (target rates applied), with their reasons.
    /// <paramref name="rateFactor"/> (below 1 for an AEO) lowers the target rates below 100 %, except those of watch-list
    /// entries (profiles on parties).
    /// </summary>
    public IEnumerable<(RiskProfile Profile, string Reason)> Selecting(DeclarationFacts declaration, decimal rateFactor = 1m)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var profile in _profiles)
        {
            var target = profile.TargetRate < 100m && profile.Criteria.Parties.Count == 0 ? profile.TargetRate * rateFactor : profile.TargetRate;
            if (!profile.IsInForce(today) || !profile.Criteria.Matches(declaration) || (profile.TargetRate < 100m && !RandomDraw.Below(declaration.DeclarationId, profile.Id.ToString("N"), target)))
            {
                continue;
            }

            var rate = profile.TargetRate < 100m ? string.Create(CultureInfo.InvariantCulture, $", drawn at {target:0.##}%") : "";
            yield return (profile, $"profile {profile.Number} v{profile.Version} {profile.Name}: {profile.Reason}{rate}");
        }
    }
}
