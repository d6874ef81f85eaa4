using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Publications.Contracts;
using Tamga.Publications.Data;
using Tamga.Publications.Domain;

namespace Tamga.Publications.ExchangeRates;

/// <summary>
/// <see cref="IPublishedExchangeRates"/> over the signed exchange-rate tables: among the published versions of
/// exchange-rate publications in force on the date (a later version supersedes an earlier one from its effective
/// date), the row of the currency whose validity holds the date.
/// </summary>
internal sealed class PublishedExchangeRates(IServiceScopeFactory scopes) : IPublishedExchangeRates
{
    public async Task<PublishedRate?> RateOnAsync(string currency, DateOnly date, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(currency);
        var code = currency.Trim().ToUpperInvariant();
        if (code.Length != 3)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublicationsDbContext>();
        var candidates = await (
            from rate in db.Rates.AsNoTracking()
            join version in db.Versions.AsNoTracking() on rate.VersionId equals version.Id
            where rate.Currency == code && rate.ValidFrom <= date && date <= rate.ValidTo
                && version.Status == VersionStatus.Published && version.Kind == PublicationKind.ExchangeRates && version.EffectiveFrom <= date
            select new { rate.Currency, rate.UnitsPerNationalUnit, rate.ValidFrom, rate.ValidTo, version.Number, version.Version, version.EffectiveFrom, version.EffectiveTo })
            .ToListAsync(cancellationToken);
        var numbers = candidates.Select(c => c.Number).Distinct().ToList();
        if (numbers.Count == 0)
        {
            return null;
        }

        // A version is out when a later published version of its publication has taken effect by the date.
        var published = await db.Versions.AsNoTracking()
            .Where(v => numbers.Contains(v.Number) && v.Status == VersionStatus.Published && v.EffectiveFrom <= date)
            .Select(v => new { v.Number, v.Version })
            .ToListAsync(cancellationToken);
        var best = candidates
            .Where(c => (c.EffectiveTo is null || date <= c.EffectiveTo) && !published.Any(p => p.Number == c.Number && p.Version > c.Version))
            .OrderByDescending(c => c.EffectiveFrom).ThenByDescending(c => c.Version)
            .FirstOrDefault();
        return best is null ? null : new PublishedRate(best.Currency, best.UnitsPerNationalUnit, best.ValidFrom, best.ValidTo, best.Number, best.Version);
    }
}
