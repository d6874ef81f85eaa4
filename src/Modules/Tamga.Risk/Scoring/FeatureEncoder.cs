using System.Runtime.InteropServices;

namespace Tamga.Risk.Scoring;

/// <summary>
/// Turns a goods item into the model's numbers, in a way that survives importers, codes and routes never seen
/// before: how often each party, code and route was seen (frequency encodings), what share of past controls of
/// the same key found an irregularity (target statistics, smoothed towards the overall rate, with the number of
/// past controls beside them), the value per kg against the commodity's usual value, and the code hierarchy
/// (HS 2, 4, 6 and the full national code).
/// </summary>
/// <remarks>
/// Leakage: target statistics are fitted on training rows only. For the training rows themselves they are
/// computed out of fold — a row's statistics come from the other folds, never from the row itself — so the
/// model learns how much to trust a statistic of a given size exactly as it will meet it on new declarations.
/// </remarks>
internal sealed class FeatureEncoder
{
    public const int FormatVersion = 1;

    private const char Separator = '\u001F';

    /// <summary>Pseudo-count of the smoothing towards the overall rate: (frauds + m·prior) / (controls + m).</summary>
    public const double Smoothing = 1.0;

    /// <summary>Keys whose past control results become features (rate and number of past controls).</summary>
    internal static readonly KeyFamily[] TargetKeys =
    [
        new("hs2", "HS chapter", r => Hs(r, 2)),
        new("hs4", "HS heading", r => Hs(r, 4)),
        new("hs6", "HS subheading", r => Hs(r, 6)),
        new("code", "commodity code", r => r.CommodityCode),
        new("origin", "origin", r => r.OriginCountry),
        new("departure", "departure country", r => r.DepartureCountry),
        new("tax-type", "tax type", r => r.TaxType),
        new("office", "office", r => r.Office),
        new("importer", "importer", r => r.Importer),
        new("declarant", "declarant", r => r.Declarant),
        new("seller", "seller", r => r.Seller),
        new("courier", "courier", r => r.Courier),
        new("hs6-origin", "HS subheading from this origin", r => Join(Hs(r, 6), r.OriginCountry)),
        new("hs6-departure", "HS subheading from this departure country", r => Join(Hs(r, 6), r.DepartureCountry)),
        new("hs6-tax-type", "HS subheading under this tax type", r => Join(Hs(r, 6), r.TaxType)),
        new("hs6-tax-rate", "HS subheading at this tax rate", r => Join(Hs(r, 6), Rate(r))),
        new("hs6-origin-departure", "HS subheading on this route", r => Join(Hs(r, 6), r.OriginCountry, r.DepartureCountry)),
        new("hs6-origin-tax", "HS subheading, origin and tax type", r => Join(Hs(r, 6), r.OriginCountry, r.TaxType)),
        new("hs6-departure-tax", "HS subheading, departure and tax type", r => Join(Hs(r, 6), r.DepartureCountry, r.TaxType)),
        new("hs6-route-tax", "HS subheading, route and tax type", r => Join(Hs(r, 6), r.OriginCountry, r.DepartureCountry, r.TaxType)),
        new("hs6-origin-tax-rate", "HS subheading, origin, tax type and rate", r => Join(Hs(r, 6), r.OriginCountry, r.TaxType, Rate(r))),
        new("hs6-route-tax-rate", "HS subheading, route, tax type and rate", r => Join(Hs(r, 6), r.OriginCountry, r.DepartureCountry, r.TaxType, Rate(r))),
        new("hs4-origin-tax", "HS heading, origin and tax type", r => Join(Hs(r, 4), r.OriginCountry, r.TaxType)),
        new("hs4-departure-tax", "HS heading, departure and tax type", r => Join(Hs(r, 4), r.DepartureCountry, r.TaxType)),
        new("hs6-use", "HS subheading for this import use", r => Join(Hs(r, 6), r.ImportUse)),
        new("hs6-import-type", "HS subheading under this import type", r => Join(Hs(r, 6), r.ImportType)),
        new("hs6-indicator", "HS subheading with this origin indicator", r => Join(Hs(r, 6), r.OriginCountry, r.OriginIndicator)),
        new("importer-hs4", "importer in this HS heading", r => Join(r.Importer, Hs(r, 4))),
        new("declarant-hs4", "declarant in this HS heading", r => Join(r.Declarant, Hs(r, 4))),
        new("seller-hs6", "seller of this HS subheading", r => Join(r.Seller, Hs(r, 6))),
    ];

    /// <summary>Keys whose past critical findings become a feature too.</summary>
    internal static readonly int[] CriticalKeys = [2, 8, 19];

    /// <summary>Keys whose frequency (no labels needed) becomes a feature.</summary>
    internal static readonly KeyFamily[] CountKeys =
    [
        new("importer", "importer", r => r.Importer),
        new("declarant", "declarant", r => r.Declarant),
        new("seller", "seller", r => r.Seller),
        new("courier", "courier", r => r.Courier),
        new("hs2", "HS chapter", r => Hs(r, 2)),
        new("hs4", "HS heading", r => Hs(r, 4)),
        new("hs6", "HS subheading", r => Hs(r, 6)),
        new("code", "commodity code", r => r.CommodityCode),
        new("origin", "origin", r => r.OriginCountry),
        new("departure", "departure country", r => r.DepartureCountry),
        new("office", "office", r => r.Office),
        new("importer-hs6", "importer in this HS subheading", r => Join(r.Importer, Hs(r, 6))),
        new("importer-seller", "importer with this seller", r => Join(r.Importer, r.Seller)),
        new("declarant-importer", "declarant for this importer", r => Join(r.Declarant, r.Importer)),
        new("seller-hs6", "seller of this HS subheading", r => Join(r.Seller, Hs(r, 6))),
        new("hs6-route", "HS subheading on this route", r => Join(Hs(r, 6), r.OriginCountry, r.DepartureCountry)),
    ];

    /// <summary>Low-cardinality codes given to the trees as category numbers (unseen: missing).</summary>
    internal static readonly KeyFamily[] CategoryKeys =
    [
        new("office", "office", r => r.Office),
        new("process-type", "process type", r => r.ProcessType),
        new("import-type", "import type", r => r.ImportType),
        new("import-use", "import use", r => r.ImportUse),
        new("payment-type", "payment type", r => r.PaymentType),
        new("transport-mode", "transport mode", r => r.TransportMode),
        new("tax-type", "tax type", r => r.TaxType),
        new("origin-indicator", "origin indicator", r => r.OriginIndicator),
    ];

    /// <summary>Keys under which the usual value per kg is kept (valuation history).</summary>
    internal static readonly KeyFamily[] ValueKeys =
    [
        new("hs4", "HS heading", r => Hs(r, 4)),
        new("hs6", "HS subheading", r => Hs(r, 6)),
        new("hs6-origin", "HS subheading from this origin", r => Join(Hs(r, 6), r.OriginCountry)),
    ];

    private const int NumericFeatures = 5;

    public static readonly int FeatureCount =
        NumericFeatures + CategoryKeys.Length + CountKeys.Length + (2 * TargetKeys.Length) + CriticalKeys.Length + (2 * ValueKeys.Length);

    /// <summary>Feature names, in the order of the vector, with what each tells an officer.</summary>
    public static IReadOnlyList<FeatureInfo> Features { get; } = DescribeFeatures();

    private readonly Dictionary<string, Tally>[] targets;
    private readonly Dictionary<string, int>[] counts;
    private readonly Dictionary<string, int>[] categories;
    private readonly Dictionary<string, Moments>[] values;

    private FeatureEncoder(double prior, double criticalPrior, int rows, Dictionary<string, Tally>[] targets, Dictionary<string, int>[] counts, Dictionary<string, int>[] categories, Dictionary<string, Moments>[] values)
    {
        Prior = prior;
        CriticalPrior = criticalPrior;
        Rows = rows;
        this.targets = targets;
        this.counts = counts;
        this.categories = categories;
        this.values = values;
    }

    /// <summary>Share of controlled training rows with an irregularity.</summary>
    public double Prior { get; }

    /// <summary>Share of controlled training rows with a critical irregularity.</summary>
    public double CriticalPrior { get; }

    /// <summary>Number of training rows the statistics were fitted on.</summary>
    public int Rows { get; }

    /// <summary>
    /// Fits the statistics on <paramref name="training"/> (every row must carry its control result) and returns the
    /// encoder with the training rows' features computed out of fold.
    /// </summary>
    public static (FeatureEncoder Encoder, float[][] TrainingFeatures) FitTransform(IReadOnlyList<RiskRecord> training, int folds, int seed, Action<string>? progress = null)
    {
        if (folds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), "At least two folds keep a row's own result out of its statistics.");
        }

        if (training.Any(r => r.Fraud is null))
        {
            throw new ArgumentException("Every training row needs its control result.", nameof(training));
        }

        var fold = training.Select(r => FoldOf(r.Id, seed, folds)).ToArray();

        // Tallies over all rows, and over each fold: a row's out-of-fold tally is the whole minus its own fold.
        var fullTargets = NewTables<Tally>(TargetKeys.Length);
        var foldTargets = Enumerable.Range(0, folds).Select(_ => NewTables<Tally>(TargetKeys.Length)).ToArray();
        var fullCounts = NewTables<int>(CountKeys.Length);
        var foldCounts = Enumerable.Range(0, folds).Select(_ => NewTables<int>(CountKeys.Length)).ToArray();
        for (var i = 0; i < training.Count; i++)
        {
            var row = training[i];
            var tally = new Tally(1, row.Fraud == true ? 1 : 0, row.CriticalFraud > 0 ? 1 : 0);
            for (var k = 0; k < TargetKeys.Length; k++)
            {
                var key = TargetKeys[k].Of(row);
                Add(fullTargets[k], key, tally);
                Add(foldTargets[fold[i]][k], key, tally);
            }

            for (var k = 0; k < CountKeys.Length; k++)
            {
                var key = CountKeys[k].Of(row);
                CollectionsMarshal.GetValueRefOrAddDefault(fullCounts[k], key, out _)++;
                CollectionsMarshal.GetValueRefOrAddDefault(foldCounts[fold[i]][k], key, out _)++;
            }
        }

        var categories = new Dictionary<string, int>[CategoryKeys.Length];
        for (var k = 0; k < CategoryKeys.Length; k++)
        {
            var distinct = training.Select(CategoryKeys[k].Of).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            categories[k] = distinct.Select((code, index) => (code, index)).ToDictionary(p => p.code, p => p.index, StringComparer.Ordinal);
        }

        var values = new Dictionary<string, Moments>[ValueKeys.Length];
        for (var k = 0; k < ValueKeys.Length; k++)
        {
            var table = new Dictionary<string, Moments>(StringComparer.Ordinal);
            foreach (var row in training)
            {
                var logUnitValue = LogUnitValue(row);
                if (!double.IsNaN(logUnitValue))
                {
                    ref var moments = ref CollectionsMarshal.GetValueRefOrAddDefault(table, ValueKeys[k].Of(row), out _);
                    moments = moments.Add(logUnitValue);
                }
            }

            values[k] = table;
        }

        var frauds = training.Count(r => r.Fraud == true);
        var critical = training.Count(r => r.CriticalFraud > 0);
        var encoder = new FeatureEncoder(
            training.Count == 0 ? 0 : (double)frauds / training.Count,
            training.Count == 0 ? 0 : (double)critical / training.Count,
            training.Count,
            fullTargets,
            fullCounts,
            categories,
            values);
        progress?.Invoke($"features: fitted on {training.Count} rows ({frauds} with findings), {TargetKeys.Length} target statistics computed out of {folds} folds, {FeatureCount} features");

        // The overall rates a row's statistics are smoothed towards leave its fold out too.
        var foldPriors = Enumerable.Range(0, folds).Select<int, (double Fraud, double Critical)>(f =>
        {
            var others = training.Where((_, i) => fold[i] != f).ToList();
            return others.Count == 0
                ? (0.0, 0.0)
                : ((double)others.Count(r => r.Fraud == true) / others.Count, (double)others.Count(r => r.CriticalFraud > 0) / others.Count);
        }).ToArray();
        var scale = (double)folds / (folds - 1);
        var features = new float[training.Count][];
        for (var i = 0; i < training.Count; i++)
        {
            var own = foldTargets[fold[i]];
            var ownCounts = foldCounts[fold[i]];
            features[i] = new float[FeatureCount];
            encoder.Encode(
                training[i],
                features[i],
                foldPriors[fold[i]].Fraud,
                foldPriors[fold[i]].Critical,
                (k, key) => Subtract(fullTargets[k], own[k], key),
                (k, key) => (fullCounts[k].GetValueOrDefault(key) - ownCounts[k].GetValueOrDefault(key)) * scale);
        }

        return (encoder, features);
    }

    /// <summary>Features of a new row, from the statistics of all training rows.</summary>
    public float[] Transform(RiskRecord record)
    {
        var features = new float[FeatureCount];
        Encode(record, features);
        return features;
    }

    public void Encode(RiskRecord record, Span<float> destination) =>
        Encode(record, destination, Prior, CriticalPrior, (k, key) => targets[k].GetValueOrDefault(key), (k, key) => counts[k].GetValueOrDefault(key));

    private delegate Tally TallyOf(int family, string key);

    private delegate double CountOf(int family, string key);

    private void Encode(RiskRecord record, Span<float> features, double prior, double criticalPrior, TallyOf tallyOf, CountOf countOf)
    {
        if (features.Length != FeatureCount)
        {
            throw new ArgumentException($"The feature vector has {FeatureCount} values.", nameof(features));
        }

        var i = 0;
        var logUnitValue = LogUnitValue(record);
        features[i++] = (float)record.TaxRate;
        features[i++] = (float)double.LogP1(Math.Max(0, record.NetMassKg));
        features[i++] = (float)double.LogP1(Math.Max(0, record.ItemValue));
        features[i++] = (float)logUnitValue;
        features[i++] = double.IsNaN(record.NetMassKg) || record.NetMassKg <= 0 ? 1f : 0f;

        for (var k = 0; k < CategoryKeys.Length; k++)
        {
            features[i++] = categories[k].TryGetValue(CategoryKeys[k].Of(record), out var code) ? code : float.NaN;
        }

        for (var k = 0; k < CountKeys.Length; k++)
        {
            features[i++] = (float)double.LogP1(countOf(k, CountKeys[k].Of(record)));
        }

        Span<Tally> tallies = stackalloc Tally[TargetKeys.Length];
        for (var k = 0; k < TargetKeys.Length; k++)
        {
            var tally = tallyOf(k, TargetKeys[k].Of(record));
            tallies[k] = tally;
            features[i++] = (float)((tally.Frauds + (Smoothing * prior)) / (tally.Count + Smoothing));
            features[i++] = (float)double.LogP1(tally.Count);
        }

        foreach (var k in CriticalKeys)
        {
            features[i++] = (float)((tallies[k].Critical + (Smoothing * criticalPrior)) / (tallies[k].Count + Smoothing));
        }

        for (var k = 0; k < ValueKeys.Length; k++)
        {
            if (values[k].TryGetValue(ValueKeys[k].Of(record), out var moments) && moments.Count >= 3 && !double.IsNaN(logUnitValue))
            {
                var deviation = logUnitValue - moments.Mean;
                features[i++] = (float)deviation;
                features[i++] = moments.StandardDeviation > 1e-9 ? (float)(deviation / moments.StandardDeviation) : 0f;
            }
            else
            {
                features[i++] = float.NaN;
                features[i++] = float.NaN;
            }
        }
    }

    /// <summary>Usual value per kg (log) of the row's commodity, with the number of past declarations behind it.</summary>
    public (double LogUnitValue, int Count)? UsualValue(RiskRecord record) =>
        values[1].TryGetValue(ValueKeys[1].Of(record), out var moments) && moments.Count > 0 ? (moments.Mean, moments.Count) : null;

    /// <summary>Past controls of the row's key: e.g. how often this route and tax type was found irregular.</summary>
    public (int Controls, int Findings) History(int targetKey, RiskRecord record)
    {
        var tally = targets[targetKey].GetValueOrDefault(TargetKeys[targetKey].Of(record));
        return (tally.Count, tally.Frauds);
    }

    public static double LogUnitValue(RiskRecord record) =>
        double.IsNaN(record.ItemValue) || double.IsNaN(record.NetMassKg) ? double.NaN : Math.Log((Math.Max(0, record.ItemValue) + 1) / (Math.Max(0, record.NetMassKg) + 0.001));

    /// <summary>Fold of a row: a hash of its identifier and the seed, the same whatever the row order.</summary>
    public static int FoldOf(string id, int seed, int folds)
    {
        var hash = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL;
        foreach (var c in id)
        {
            hash = Mix(hash ^ c);
        }

        return (int)(Mix(hash) % (ulong)folds);
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static string Hs(RiskRecord r, int digits) => r.CommodityCode.Length >= digits ? r.CommodityCode[..digits] : r.CommodityCode;

    private static string Rate(RiskRecord r) => double.IsNaN(r.TaxRate) ? "" : r.TaxRate.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private static string Join(string a, string b) => string.Concat(a, Separator.ToString(), b);

    private static string Join(string a, string b, string c) => string.Join(Separator, a, b, c);

    private static string Join(string a, string b, string c, string d) => string.Join(Separator, a, b, c, d);

    private static string Join(string a, string b, string c, string d, string e) => string.Join(Separator, a, b, c, d, e);

    private static Dictionary<string, T>[] NewTables<T>(int n) => Enumerable.Range(0, n).Select(_ => new Dictionary<string, T>(StringComparer.Ordinal)).ToArray();

    private static void Add(Dictionary<string, Tally> table, string key, Tally tally)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(table, key, out _);
        slot = new Tally(slot.Count + tally.Count, slot.Frauds + tally.Frauds, slot.Critical + tally.Critical);
    }

    private static Tally Subtract(Dictionary<string, Tally> full, Dictionary<string, Tally> own, string key)
    {
        var whole = full.GetValueOrDefault(key);
        var mine = own.GetValueOrDefault(key);
        return new Tally(whole.Count - mine.Count, whole.Frauds - mine.Frauds, whole.Critical - mine.Critical);
    }

    private static List<FeatureInfo> DescribeFeatures()
    {
        var list = new List<FeatureInfo>
        {
            new("tax-rate", "tax rate"),
            new("log-net-mass", "net mass"),
            new("log-value", "declared value"),
            new("log-unit-value", "value per kg"),
            new("no-mass", "net mass missing"),
        };
        list.AddRange(CategoryKeys.Select(k => new FeatureInfo("category:" + k.Name, k.Description)));
        list.AddRange(CountKeys.Select(k => new FeatureInfo("count:" + k.Name, "how often the " + k.Description + " was seen")));
        foreach (var k in TargetKeys)
        {
            list.Add(new FeatureInfo("findings:" + k.Name, "findings in past controls of the " + k.Description));
            list.Add(new FeatureInfo("controls:" + k.Name, "number of past controls of the " + k.Description));
        }

        list.AddRange(CriticalKeys.Select(k => new FeatureInfo("critical:" + TargetKeys[k].Name, "critical findings in past controls of the " + TargetKeys[k].Description)));
        foreach (var k in ValueKeys)
        {
            list.Add(new FeatureInfo("value-gap:" + k.Name, "value per kg against the usual value for the " + k.Description));
            list.Add(new FeatureInfo("value-z:" + k.Name, "value per kg against the spread of values for the " + k.Description));
        }

        if (list.Count != FeatureCount)
        {
            throw new InvalidOperationException("Feature names and vector disagree.");
        }

        return list;
    }

    /// <summary>Writes the fitted statistics (the model file's feature part).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(FormatVersion);
        writer.Write(string.Join(",", Features.Select(f => f.Name)));
        writer.Write(Prior);
        writer.Write(CriticalPrior);
        writer.Write(Rows);
        WriteTables(writer, targets, (w, t) =>
        {
            w.Write(t.Count);
            w.Write(t.Frauds);
            w.Write(t.Critical);
        });
        WriteTables(writer, counts, (w, n) => w.Write(n));
        WriteTables(writer, categories, (w, n) => w.Write(n));
        WriteTables(writer, values, (w, m) =>
        {
            w.Write(m.Count);
            w.Write(m.Mean);
            w.Write(m.SquaredDeviations);
        });
    }

    public static FeatureEncoder Read(BinaryReader reader)
    {
        var version = reader.ReadInt32();
        var names = reader.ReadString();
        if (version != FormatVersion || names != string.Join(",", Features.Select(f => f.Name)))
        {
            throw new InvalidDataException($"The model was built with another feature set (format {version}); retrain it with this version.");
        }

        var prior = reader.ReadDouble();
        var criticalPrior = reader.ReadDouble();
        var rows = reader.ReadInt32();
        var targets = ReadTables(reader, TargetKeys.Length, r => new Tally(r.ReadInt32(), r.ReadInt32(), r.ReadInt32()));
        var counts = ReadTables(reader, CountKeys.Length, r => r.ReadInt32());
        var categories = ReadTables(reader, CategoryKeys.Length, r => r.ReadInt32());
        var values = ReadTables(reader, ValueKeys.Length, r => new Moments(r.ReadInt32(), r.ReadDouble(), r.ReadDouble()));
        return new FeatureEncoder(prior, criticalPrior, rows, targets, counts, categories, values);
    }

    private static void WriteTables<T>(BinaryWriter writer, Dictionary<string, T>[] tables, Action<BinaryWriter, T> write)
    {
        writer.Write(tables.Length);
        foreach (var table in tables)
        {
            writer.Write(table.Count);
            foreach (var (key, value) in table.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(key);
                write(writer, value);
            }
        }
    }

    private static Dictionary<string, T>[] ReadTables<T>(BinaryReader reader, int expected, Func<BinaryReader, T> read)
    {
        var n = reader.ReadInt32();
        if (n != expected)
        {
            throw new InvalidDataException("The model's feature tables do not match this version.");
        }

        var tables = new Dictionary<string, T>[n];
        for (var t = 0; t < n; t++)
        {
            var entries = reader.ReadInt32();
            var table = new Dictionary<string, T>(entries, StringComparer.Ordinal);
            for (var e = 0; e < entries; e++)
            {
                var key = reader.ReadString();
                table[key] = read(reader);
            }

            tables[t] = table;
        }

        return tables;
    }

    /// <summary>Past controls of one key: how many, how many found an irregularity, how many a critical one.</summary>
    internal readonly record struct Tally(int Count, int Frauds, int Critical);

    /// <summary>Running mean and squared deviations (Welford) of the log value per kg.</summary>
    internal readonly record struct Moments(int Count, double Mean, double SquaredDeviations)
    {
        public double StandardDeviation => Count > 1 ? Math.Sqrt(SquaredDeviations / (Count - 1)) : 0;

        public Moments Add(double x)
        {
            var count = Count + 1;
            var delta = x - Mean;
            var mean = Mean + (delta / count);
            return new Moments(count, mean, SquaredDeviations + (delta * (x - mean)));
        }
    }
}

/// <summary>A key the encoder keeps statistics under, e.g. the importer, or HS 6 × origin.</summary>
internal sealed record KeyFamily(string Name, string Description, Func<RiskRecord, string> Of);

/// <summary>One feature of the vector: a stable name and what it tells an officer.</summary>
internal sealed record FeatureInfo(string Name, string Description);