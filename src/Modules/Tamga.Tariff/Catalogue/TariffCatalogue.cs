using Microsoft.EntityFrameworkCore;
using Tamga.Tariff.Data;

namespace Tamga.Tariff.Catalogue;

/// <summary>
/// The tariff in memory, rebuilt from the database after each load: searches, look-ups and classification never
/// touch the database. Readers take <see cref="Current"/> once and work on that snapshot.
/// </summary>
internal sealed class TariffCatalogue
{
    private volatile TariffSnapshot _current = TariffSnapshot.Empty;

    public TariffSnapshot Current => _current;

    /// <summary>Serves <paramref name="snapshot"/> from now on (readers holding the previous one finish on it).</summary>
    public void Replace(TariffSnapshot snapshot) => _current = snapshot;

    public async Task ReloadAsync(TariffDbContext db, CancellationToken cancellationToken)
    {
        var versions = await db.Versions.AsNoTracking().ToListAsync(cancellationToken);
        var hs = await db.HsEntries.AsNoTracking().ToListAsync(cancellationToken);
        var lines = await db.Lines.AsNoTracking().ToListAsync(cancellationToken);
        // Two plain queries joined in memory read faster than an Include.
        var measures = await db.Measures.AsNoTracking().ToListAsync(cancellationToken);
        var components = (await db.MeasureComponents.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(c => c.MeasureId);
        var conditions = (await db.MeasureConditions.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(c => c.MeasureId);
        foreach (var measure in measures)
        {
            measure.Components.AddRange(components[measure.Id].OrderBy(c => c.Sequence));
            measure.Conditions.AddRange(conditions[measure.Id].OrderBy(c => c.Sequence));
        }

        _current = new TariffSnapshot(versions, hs, lines, measures);
    }
}
