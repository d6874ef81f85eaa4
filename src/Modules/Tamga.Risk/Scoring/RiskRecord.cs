using System.Globalization;

using Tamga.Platform.Text;

namespace Tamga.Risk.Scoring;

/// <summary>
/// One goods item as the scoring model sees it: the parties, the goods, the route, the value, and — for a
/// declaration already controlled — the control result. Text fields are codes; an unknown field is empty.
/// </summary>
internal sealed record RiskRecord
{
    public string Id { get; init; } = "";

    public DateOnly Date { get; init; }

    public string Office { get; init; } = "";

    public string ProcessType { get; init; } = "";

    public string ImportType { get; init; } = "";

    public string ImportUse { get; init; } = "";

    public string PaymentType { get; init; } = "";

    public string TransportMode { get; init; } = "";

    public string Declarant { get; init; } = "";

    public string Importer { get; init; } = "";

    public string Seller { get; init; } = "";

    public string Courier { get; init; } = "";

    /// <summary>Commodity code, 6 to 10 digits (HS 6 + national subdivisions).</summary>
    public string CommodityCode { get; init; } = "";

    public string DepartureCountry { get; init; } = "";

    public string OriginCountry { get; init; } = "";

    /// <summary>Duty rate in percent; NaN when unknown.</summary>
    public double TaxRate { get; init; } = double.NaN;

    public string TaxType { get; init; } = "";

    public string OriginIndicator { get; init; } = "";

    /// <summary>Net mass in kg; NaN when unknown.</summary>
    public double NetMassKg { get; init; } = double.NaN;

    /// <summary>Item value in the administration's currency; NaN when unknown.</summary>
    public double ItemValue { get; init; } = double.NaN;

    /// <summary>Control result: an irregularity was found. Null when not controlled.</summary>
    public bool? Fraud { get; init; }

    /// <summary>Severity of the irregularity found (0 none, 1 and 2 critical levels).</summary>
    public int CriticalFraud { get; init; }
}

/// <summary>
/// Reads control results in the layout of the KCS synthetic import declarations
/// (<c>tests/data/customs-fraud/</c>): one row per declaration with its <c>Fraud</c> and <c>Critical Fraud</c> labels.
/// </summary>
internal static class RiskRecordCsv
{
    public static readonly IReadOnlyList<string> RequiredColumns =
    [
        "Declaration ID", "Date", "Office ID", "Declarant ID", "Importer ID", "HS6 Code", "Country of Origin", "Net Mass", "Item Price", "Fraud",
    ];

    public static List<RiskRecord> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static List<RiskRecord> Read(TextReader reader, string source)
    {
        var records = new List<RiskRecord>();
        var checkedHeader = false;
        foreach (var (line, row) in Csv.ReadWithHeader(reader))
        {
            if (!checkedHeader)
            {
                var missing = RequiredColumns.Where(c => !row.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                {
                    throw new InvalidDataException($"{source}: missing columns {string.Join(", ", missing)}");
                }

                checkedHeader = true;
            }

            try
            {
                records.Add(Parse(row));
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"{source} line {line}: {e.Message}", e);
            }
        }

        return records;
    }

    private static RiskRecord Parse(IReadOnlyDictionary<string, string> row)
    {
        string Text(string column) => row.TryGetValue(column, out var value) ? value.Trim() : "";
        double Number(string column) => Text(column) is { Length: > 0 } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : double.NaN;
        var fraud = Text("Fraud");
        return new RiskRecord
        {
            Id = Text("Declaration ID"),
            Date = DateOnly.ParseExact(Text("Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Office = Text("Office ID"),
            ProcessType = Text("Process Type"),
            ImportType = Text("Import Type"),
            ImportUse = Text("Import Use"),
            PaymentType = Text("Payment Type"),
            TransportMode = Text("Mode of Transport"),
            Declarant = Text("Declarant ID"),
            Importer = Text("Importer ID"),
            Seller = Text("Seller ID"),
            Courier = Text("Courier ID"),
            CommodityCode = Text("HS6 Code"),
            DepartureCountry = Text("Country of Departure"),
            OriginCountry = Text("Country of Origin"),
            TaxRate = Number("Tax Rate"),
            TaxType = Text("Tax Type"),
            OriginIndicator = Text("Country of Origin Indicator"),
            NetMassKg = Number("Net Mass"),
            ItemValue = Number("Item Price"),
            Fraud = fraud.Length == 0 ? null : fraud != "0",
            CriticalFraud = Text("Critical Fraud") is { Length: > 0 } critical ? int.Parse(critical, NumberStyles.Integer, CultureInfo.InvariantCulture) : 0,
        };
    }
}