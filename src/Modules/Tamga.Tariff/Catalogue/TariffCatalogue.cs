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

    public async Task ReloadAsync(TariffDbContext db, CancellationToken cancellationToken)
    {
        var versions = await db.Versions.AsNoTracking().ToListAsync(cancellationToken);
        var hs = await db.HsEntries.AsNoTracking().ToListAsync(cancellationToken);
        var lines = await db.Lines.AsNoTracking().ToListAsync(cancellationToken);
        var measures = await db.Measures.AsNoTracking()
            .Include(m => m.Components)
            .Include(m => m.Conditions)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        _current = new TariffSnapshot(versions, hs, lines, measures);
    }
}
