using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Risk.Data;
using Tamga.Risk.Parties;

namespace Tamga.Risk.Selectivity;

/// <summary>The importer of a declaration as the party registry resolved it: its own valuation history is kept by party.</summary>
internal readonly record struct ValuationImporter(Guid PartyId, string Number);

/// <summary>Settings of the valuation histories (from <see cref="RiskOptions"/>).</summary>
internal sealed record ValuationSettings(
    int MinimumHistory = 20,
    double FlagBelowDeviations = 2.5,
    int ImporterMinimumHistory = 5,
    int Window = 1_000,
    int MaximumImporterKeys = 500_000);

/// <summary>
/// Unit values (value per kg of net mass) declared per HS subheading and origin, for all importers and for each
/// importer, kept up to date as declarations are assessed. A declared unit value far below what the same goods from
/// the same origin usually declare, or far below what the same importer usually declares for them, is flagged with
/// the reference values the officer needs: the usual unit value and how many declarations it rests on.
/// <para>Unit values are compared on a log scale (they spread multiplicatively); the statistics are Welford's running
/// mean and variance, so that each declaration costs a few arithmetic operations and no query. Once a history holds
/// <see cref="ValuationSettings.Window"/> declarations, each new one weighs 1/window (exponential forgetting): every
/// history is four numbers whatever the trade, and it follows prices as they move.</para>
/// <para>Kept across restarts: the histories are read from <c>rsk_valuation_histories</c> at start, and the ones that
/// changed are written behind with the party registry (<see cref="PartyStore"/>, every 200 ms and when the host
/// stops), the latest state replacing the stored one.</para>
/// </summary>
internal sealed class ValuationHistory
{
    /// <summary>A declaration assessed again within this time is not counted twice; one lodged longer ago is not counted again.</summary>
    private static readonly TimeSpan Recent = TimeSpan.FromHours(1);

    /// <summary>
    /// The smallest spread (log scale, about 10 %) an importer's own history is judged with: an importer that always
    /// declares the same price has no spread, and a small change must not flag it.
    /// </summary>
    private const double ImporterDeviationFloor = 0.1;

    private readonly ValuationSettings _settings;
    private readonly TimeProvider _clock;
    private readonly PartyStore? _store;
    private readonly ConcurrentDictionary<(string Subheading, string Origin, Guid Importer), Statistics> _history = new();
    private readonly Lock _generationsLock = new();
    private HashSet<Guid> _current = [];
    private HashSet<Guid> _previous = [];
    private DateTimeOffset _currentSince;
    private int _importerKeys;

    public ValuationHistory(int minimumHistory, double flagBelowDeviations, TimeProvider clock, PartyStore? store = null)
        : this(new ValuationSettings(minimumHistory, flagBelowDeviations), clock, store)
    {
    }

    public ValuationHistory(ValuationSettings settings, TimeProvider clock, PartyStore? store = null)
    {
        _settings = settings;
        _clock = clock;
        _store = store;
        _currentSince = clock.GetUtcNow();
    }

    public int Keys => _history.Count;

    /// <summary>Importers' own histories held (at most <see cref="ValuationSettings.MaximumImporterKeys"/>).</summary>
    public int ImporterKeys => Volatile.Read(ref _importerKeys);

    /// <summary>Reads the stored histories (at start).</summary>
    public async Task LoadAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        await foreach (var row in db.Valuations.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var importer = row.ImporterId ?? Guid.Empty;
            if (importer != Guid.Empty)
            {
                if (_importerKeys >= _settings.MaximumImporterKeys)
                {
                    continue;
                }

                _importerKeys++;
            }

            _history[(row.Subheading, row.Origin, importer)] = new Statistics(row.Key, _settings.Window, row.Count, row.Mean, row.SumOfSquares);
        }
    }

    /// <summary>The items of <paramref name="declaration"/> whose unit value is far below their history (checked before the items are added to it).</summary>
    public IReadOnlyList<string> Assess(DeclarationFacts declaration, ValuationImporter? importer = null)
    {
        List<string>? flags = null;
        var learn = IsNew(declaration.DeclarationId);
        foreach (var item in declaration.Items)
        {
            if (UnitValue(declaration, item) is not { } unitValue || item.CommodityCode.Length < 6 || item.OriginCountry is not { Length: > 0 and <= 3 } origin)
            {
                continue;
            }

            var subheading = item.CommodityCode[..6];
            var logValue = Math.Log(unitValue);
            var market = For(subheading, origin, Guid.Empty, create: true)!;
            var reference = market.Snapshot();
            if (reference.Count >= _settings.MinimumHistory && reference.Deviation > 0 && logValue < reference.Mean - (_settings.FlagBelowDeviations * reference.Deviation))
            {
                (flags ??= []).Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"valuation: item {item.Sequence} declares {unitValue:0.##} per kg, usual for HS {subheading} from {origin} is {Math.Exp(reference.Mean):0.##} per kg (lowest usual {Math.Exp(reference.Mean - (2 * reference.Deviation)):0.##}; {reference.Count} declarations)"));
            }

            var own = importer is { } party ? For(subheading, origin, party.PartyId, create: learn) : null;
            if (own is not null)
            {
                var past = own.Snapshot();
                var deviation = Math.Max(past.Deviation, ImporterDeviationFloor);
                if (past.Count >= _settings.ImporterMinimumHistory && logValue < past.Mean - (_settings.FlagBelowDeviations * deviation))
                {
                    (flags ??= []).Add(string.Create(
                        CultureInfo.InvariantCulture,
                        $"valuation: item {item.Sequence} declares {unitValue:0.##} per kg, the importer's own usual for HS {subheading} from {origin} is {Math.Exp(past.Mean):0.##} per kg (lowest usual {Math.Exp(past.Mean - (2 * deviation)):0.##}; {past.Count} of its declarations, party {importer!.Value.Number})"));
                }
            }

            if (learn)
            {
                Add(market, logValue);
                if (own is not null)
                {
                    Add(own, logValue);
                }
            }
        }

        return flags ?? (IReadOnlyList<string>)[];
    }

    /// <summary>Reference values of goods from an origin, for all importers or for one (null when Tamga has seen none).</summary>
    public (int Count, double UsualPerKg)? Reference(string subheading, string origin, Guid? importer = null) =>
        _history.TryGetValue((subheading, origin, importer ?? Guid.Empty), out var statistics) && statistics.Snapshot() is { Count: > 0 } s ? (s.Count, Math.Exp(s.Mean)) : null;

    /// <summary>
    /// The statistics of a key; an importer's own history is started only while fewer than
    /// <see cref="ValuationSettings.MaximumImporterKeys"/> are held (beyond, the importer is judged against the market only).
    /// </summary>
    private Statistics? For(string subheading, string origin, Guid importer, bool create)
    {
        var key = (subheading, origin, importer);
        if (_history.TryGetValue(key, out var statistics) || !create)
        {
            return statistics;
        }

        if (importer != Guid.Empty && Interlocked.Increment(ref _importerKeys) > _settings.MaximumImporterKeys)
        {
            Interlocked.Decrement(ref _importerKeys);
            return null;
        }

        var created = new Statistics(importer == Guid.Empty ? $"{subheading}|{origin}" : $"{subheading}|{origin}|{importer:N}", _settings.Window, 0, 0, 0);
        if (_history.TryAdd(key, created))
        {
            return created;
        }

        if (importer != Guid.Empty)
        {
            Interlocked.Decrement(ref _importerKeys);
        }

        return _history[key];
    }

    private void Add(Statistics statistics, double logValue)
    {
        if (statistics.Add(logValue) && _store is not null)
        {
            _store.ValuationChanged(statistics);
        }
    }

    /// <summary>
    /// Whether the declaration is seen for the first time: assessments again (after an amendment or a change of risk
    /// criteria) must not count its unit values twice. Identifiers made at lodging (UUID v7) carry their time, so a
    /// declaration lodged longer than <see cref="Recent"/> ago is not new; the recent ones are remembered in two
    /// generations, the current one and the one before, and a generation older than that is dropped whole — memory
    /// stays bounded by what arrives in two periods, and nothing is ever scanned.
    /// </summary>
    private bool IsNew(Guid id)
    {
        var now = _clock.GetUtcNow();
        if (id.Version == 7)
        {
            Span<byte> bytes = stackalloc byte[16];
            id.TryWriteBytes(bytes, bigEndian: true, out _);
            var milliseconds = ((long)bytes[0] << 40) | ((long)bytes[1] << 32) | ((long)bytes[2] << 24) | ((long)bytes[3] << 16) | ((long)bytes[4] << 8) | bytes[5];
            if (now - DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) > Recent)
            {
                return false;
            }
        }

        lock (_generationsLock)
        {
            if (now - _currentSince >= Recent)
            {
                (_previous, _current) = (_current, _previous);
                _current.Clear();
                _currentSince = now;
            }

            return !_previous.Contains(id) && _current.Add(id);
        }
    }

    private static double? UnitValue(DeclarationFacts declaration, GoodsItemFacts item)
    {
        var value = item.ItemAmount ?? (declaration.InvoiceAmount is { } invoice && declaration.Items.Count > 0 ? invoice / declaration.Items.Count : null);
        return value is > 0m && item.NetMassKg is > 0m ? (double)(value.Value / item.NetMassKg.Value) : null;
    }

    /// <summary>One history: Welford's running mean and sum of squares of the log unit value, capped at a window.</summary>
    internal sealed class Statistics(string key, int window, int count, double mean, double sumOfSquares)
    {
        private readonly Lock _lock = new();
        private int _count = count;
        private double _mean = mean;
        private double _m2 = sumOfSquares;
        private bool _changed;

        public string Key { get; } = key;

        /// <summary>Adds a value; true when the history was not yet waiting to be written (the caller queues it once).</summary>
        public bool Add(double x)
        {
            lock (_lock)
            {
                var delta = x - _mean;
                if (_count < window)
                {
                    _count++;
                    _mean += delta / _count;
                    _m2 += delta * (x - _mean);
                }
                else
                {
                    // Exponentially weighted beyond the window: about the spread of the last `window` declarations.
                    _count = _count == int.MaxValue ? _count : _count + 1;
                    var weight = 1.0 / window;
                    var variance = (1 - weight) * ((_m2 / (window - 1)) + (weight * delta * delta));
                    _mean += weight * delta;
                    _m2 = variance * (window - 1);
                }

                var queue = !_changed;
                _changed = true;
                return queue;
            }
        }

        public (int Count, double Mean, double Deviation) Snapshot()
        {
            lock (_lock)
            {
                var n = Math.Min(_count, window);
                return (_count, _mean, n > 1 ? Math.Sqrt(_m2 / (n - 1)) : 0);
            }
        }

        /// <summary>The row to store, and marks the history written; null when nothing changed since the last one.</summary>
        public ValuationRow? TakeChanged(DateTimeOffset now)
        {
            int count;
            double mean, m2;
            lock (_lock)
            {
                if (!_changed)
                {
                    return null;
                }

                _changed = false;
                (count, mean, m2) = (_count, _mean, _m2);
            }

            var parts = Key.Split('|');
            return new ValuationRow
            {
                Key = Key,
                Subheading = parts[0],
                Origin = parts[1],
                ImporterId = parts.Length > 2 ? Guid.ParseExact(parts[2], "N") : null,
                Count = count,
                Mean = mean,
                SumOfSquares = m2,
                UpdatedAt = now,
            };
        }
    }
}
