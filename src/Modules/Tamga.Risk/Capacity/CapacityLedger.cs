using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tamga.Declarations.Contracts;
using Tamga.Risk.Data;

namespace Tamga.Risk.Capacity;

/// <summary>An office's use of its capacity on one day.</summary>
internal sealed record CapacityUse(string Office, DateOnly Day, int? PhysicalPerDay, int? DocumentaryPerDay, int Physical, int Documentary);

/// <summary>
/// Inspection capacity per office and day. Every assessment records the declaration's channel for its office and day
/// (a declaration assessed again is counted once, in its latest channel). When an office's physical or documentary
/// capacity for the day is used up, a selection made by the score alone is lowered (red to yellow while documentary
/// capacity remains, otherwise to what the rules gave); selections by rules, profiles, watch lists, party history,
/// valuation and the random sample are never lowered, and they count against the capacity. Held in memory; at start
/// the day's usage is read back from the stored assessments.
/// </summary>
internal sealed class CapacityLedger(IServiceScopeFactory scopes, IOptions<RiskOptions> options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Dictionary<Guid, Channel>> _today = new(StringComparer.Ordinal);
    private Dictionary<string, (int? Physical, int? Documentary)> _capacities = Configured(options.Value);
    private DateOnly _day;

    public async Task LoadAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        var set = await db.OfficeCapacities.AsNoTracking().ToListAsync(cancellationToken);
        Use(set);

        // The day's selections so far (the table holds each declaration's latest assessment).
        var start = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var selected = db.Assessments.AsNoTracking().Where(a => a.Channel != Channel.Green && a.AssessedAt >= start).Select(a => new { a.DeclarationId, a.Office, a.Channel }).AsAsyncEnumerable();
        await foreach (var row in selected.WithCancellation(cancellationToken))
        {
            Record(row.Office, today, row.DeclarationId, row.Channel);
        }
    }

    /// <summary>The capacities configured, overridden by those a supervisor set.</summary>
    public void Use(IEnumerable<OfficeCapacity> set)
    {
        var capacities = Configured(options.Value);
        foreach (var office in set)
        {
            capacities[office.Office] = (office.PhysicalPerDay, office.DocumentaryPerDay);
        }

        lock (_lock)
        {
            _capacities = capacities;
        }
    }

    /// <summary>
    /// The channel a selection by the score may take at <paramref name="office"/> today: <paramref name="wanted"/> when
    /// capacity remains, otherwise lower but never below <paramref name="floor"/> (what rules and profiles gave). The
    /// declaration is counted at once in the channel returned, so that two assessments at the same moment cannot both
    /// take the last place.
    /// </summary>
    public Channel Admit(string office, DateOnly day, Guid declarationId, Channel wanted, Channel floor, double score, List<string> reasons, string? selection = null)
    {
        lock (_lock)
        {
            if (!_capacities.TryGetValue(office, out var capacity))
            {
                RecordLocked(office, day, declarationId, wanted);
                return wanted;
            }

            var used = Used(office, day, declarationId);
            var channel = wanted;
            if (channel == Channel.Red && capacity.Physical is { } physical && used.Physical >= physical)
            {
                channel = Channel.Yellow;
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"capacity: the physical examinations of office {office} for {day:yyyy-MM-dd} are used up ({used.Physical} of {physical}): the {selection ?? $"selection by score {score:0.000}"} is lowered"));
            }

            if (channel == Channel.Yellow && capacity.Documentary is { } documentary && used.Documentary >= documentary)
            {
                channel = Channel.Green;
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"capacity: the documentary checks of office {office} for {day:yyyy-MM-dd} are used up ({used.Documentary} of {documentary}): the {selection ?? $"selection by score {score:0.000}"} is lowered"));
            }

            if (channel < floor)
            {
                channel = floor;
            }

            RecordLocked(office, day, declarationId, channel);
            return channel;
        }
    }

    /// <summary>Counts the declaration's final channel for its office and day.</summary>
    public void Record(string office, DateOnly day, Guid declarationId, Channel channel)
    {
        lock (_lock)
        {
            RecordLocked(office, day, declarationId, channel);
        }
    }

    /// <summary>Each office with a capacity or a selection today, and its use.</summary>
    public IReadOnlyList<CapacityUse> Today(DateOnly day)
    {
        lock (_lock)
        {
            if (_day != day)
            {
                _today.Clear();
                _day = day;
            }

            return _capacities.Keys.Union(_today.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(office =>
            {
                var used = Used(office, day, null);
                _capacities.TryGetValue(office, out var capacity);
                return new CapacityUse(office, day, capacity.Physical, capacity.Documentary, used.Physical, used.Documentary);
            }).ToList();
        }
    }

    private (int Physical, int Documentary) Used(string office, DateOnly day, Guid? except)
    {
        if (_day != day || !_today.TryGetValue(office, out var selections))
        {
            return (0, 0);
        }

        int physical = 0, documentary = 0;
        foreach (var (id, channel) in selections)
        {
            if (id == except)
            {
                continue;
            }

            if (channel == Channel.Red)
            {
                physical++;
            }
            else if (channel == Channel.Yellow)
            {
                documentary++;
            }
        }

        return (physical, documentary);
    }

    private void RecordLocked(string office, DateOnly day, Guid declarationId, Channel channel)
    {
        if (day != _day)
        {
            if (day < _day)
            {
                return;
            }

            _today.Clear();
            _day = day;
        }

        if (!_today.TryGetValue(office, out var selections))
        {
            if (channel == Channel.Green)
            {
                return;
            }

            _today[office] = selections = [];
        }

        if (channel == Channel.Green)
        {
            selections.Remove(declarationId);
        }
        else
        {
            selections[declarationId] = channel;
        }
    }

    private static Dictionary<string, (int? Physical, int? Documentary)> Configured(RiskOptions settings) =>
        settings.OfficeCapacities.ToDictionary(c => c.Office, c => (c.PhysicalPerDay, c.DocumentaryPerDay), StringComparer.Ordinal);
}
