using System.Collections.Concurrent;
using System.Globalization;
using Tamga.Declarations.Contracts;

namespace Tamga.Risk.Selectivity;

/// <summary>
/// Unit values (value per kg of net mass) declared per HS subheading and origin, kept up to date as declarations
/// are assessed. A declared unit value far below what the same goods from the same origin usually declare is
/// flagged, with the reference values the officer needs: the usual unit value and how many declarations it rests on.
/// Unit values are compared on a log scale (they spread multiplicatively); the statistics are Welford's running
/// mean and variance, so that each declaration costs a few arithmetic operations and no allocation once a key exists.
/// </summary>
internal sealed class ValuationHistory(int minimumHistory, double flagBelowDeviations, TimeProvider clock)
{
    /// <summary>A declaration assessed again within this time is not counted twice; one lodged longer ago is not counted again.</summary>
    private static readonly TimeSpan Recent = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<(string Subheading, string Origin), Statistics> _history = new();
    private readonly Lock _generationsLock = new();
    private HashSet<Guid> _current = [];
    private HashSet<Guid> _previous = [];
    private DateTimeOffset _currentSince = clock.GetUtcNow();

    public int Keys => _history.Count;

    /// <summary>The items of <paramref name="declaration"/> whose unit value is far below their history (checked before the items are added to it).</summary>
    public IReadOnlyList<string> Assess(DeclarationFacts declaration)
    {
        List<string>? flags = null;
        var learn = IsNew(declaration.DeclarationId);
        foreach (var item in declaration.Items)
        {
            if (UnitValue(declaration, item) is not { } unitValue || item.CommodityCode.Length < 6 || item.OriginCountry is not { Length: > 0 } origin)
            {
                continue;
            }

            var statistics = _history.GetOrAdd((item.CommodityCode[..6], origin), static _ => new Statistics());
            var reference = statistics.Snapshot();
            if (reference.Count >= minimumHistory && reference.Deviation > 0 && Math.Log(unitValue) < reference.Mean - (flagBelowDeviations * reference.Deviation))
            {
                (flags ??= []).Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"valuation: item {item.Sequence} declares {unitValue:0.##} per kg, usual for HS {item.CommodityCode[..6]} from {origin} is {Math.Exp(reference.Mean):0.##} per kg (lowest usual {Math.Exp(reference.Mean - (2 * reference.Deviation)):0.##}; {reference.Count} declarations)"));
            }

            if (learn)
            {
                statistics.Add(Math.Log(unitValue));
            }
        }

        return flags ?? (IReadOnlyList<string>)[];
    }

    /// <summary>Reference values of goods from an origin (null when Tamga has seen none).</summary>
    public (int Count, double UsualPerKg)? Reference(string subheading, string origin) =>
        _history.TryGetValue((subheading, origin), out var statistics) && statistics.Snapshot() is { Count: > 0 } s ? (s.Count, Math.Exp(s.Mean)) : null;

    /// <summary>
    /// Whether the declaration is seen for the first time: assessments again (after an amendment or a change of risk
    /// criteria) must not count its unit values twice. Identifiers made at lodging (UUID v7) carry their time, so a
    /// declaration lodged longer than <see cref="Recent"/> ago is not new; the recent ones are remembered in two
    /// generations, the current one and the one before, and a generation older than that is dropped whole — memory
    /// stays bounded by what arrives in two periods, and nothing is ever scanned.
    /// </summary>
    private bool IsNew(Guid id)
    {
        var now = clock.GetUtcNow();
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

    private sealed class Statistics
    {
        private readonly Lock _lock = new();
        private int _count;
        private double _mean;
        private double _m2;

        public void Add(double x)
        {
            lock (_lock)
            {
                _count++;
                var delta = x - _mean;
                _mean += delta / _count;
                _m2 += delta * (x - _mean);
            }
        }

        public (int Count, double Mean, double Deviation) Snapshot()
        {
            lock (_lock)
            {
                return (_count, _mean, _count > 1 ? Math.Sqrt(_m2 / (_count - 1)) : 0);
            }
        }
    }
}
