using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Text;
using Tamga.Risk.Data;
using Tamga.Risk.Scoring;

namespace Tamga.Risk.Feedback;

/// <summary>
/// The control results recorded in Tamga as training rows, in the KCS layout the scorer is trained on, so that
/// they join the next training (and can be exported and inspected).
/// </summary>
internal sealed class TrainingSet(RiskDbContext db)
{
    public static readonly string[] Columns =
    [
        "Declaration ID", "Date", "Office ID", "Import Type", "Import Use", "Mode of Transport", "Declarant ID", "Importer ID", "Seller ID",
        "HS6 Code", "Country of Departure", "Country of Origin", "Tax Type", "Net Mass", "Item Price", "Fraud", "Critical Fraud",
    ];

    /// <summary>The labelled history a training starts from: the rows of the CSV files (KCS layout), then every control result recorded in Tamga.</summary>
    public async Task<List<RiskRecord>> HistoryAsync(IEnumerable<string> files, CancellationToken cancellationToken)
    {
        var rows = files.SelectMany(RiskRecordCsv.Read).ToList();
        rows.AddRange(await RecordsAsync(null, cancellationToken));
        return rows;
    }

    public async Task<List<RiskRecord>> RecordsAsync(DateOnly? since, CancellationToken cancellationToken)
    {
        var query = db.ControlResults.AsNoTracking();
        if (since is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(r => r.RecordedAt >= start);
        }

        var results = await query.OrderBy(r => r.RecordedAt).ThenBy(r => r.DeclarationId).ThenBy(r => r.Item).ToListAsync(cancellationToken);
        return results.Select(r => r.ToRecord()).ToList();
    }

    public static async Task WriteCsvAsync(IEnumerable<RiskRecord> records, TextWriter writer)
    {
        await writer.WriteLineAsync(Csv.Line(Columns));
        foreach (var r in records)
        {
            string[] cells =
            [
                r.Id, r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Office, r.ImportType, r.ImportUse, r.TransportMode, r.Declarant, r.Importer, r.Seller,
                r.CommodityCode, r.DepartureCountry, r.OriginCountry, r.TaxType, Number(r.NetMassKg), Number(r.ItemValue), r.Fraud == true ? "1" : "0",
                r.CriticalFraud.ToString(CultureInfo.InvariantCulture),
            ];
            await writer.WriteLineAsync(Csv.Line(cells));
        }
    }

    private static string Number(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);
}
