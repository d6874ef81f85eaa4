using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;
using Tamga.Platform.Organisation;

namespace Tamga.Revenue.Reports;

/// <summary>Revenue reports (finance, officers, auditors) and the import-VAT feed for the tax administration.</summary>
internal static class ReportEndpoints
{
    public static void Map(RouteGroupBuilder revenue)
    {
        var readers = new[] { Roles.Finance, Roles.Officer, Roles.Supervisor, Roles.Auditor, Roles.Admin };
        revenue.MapGet("/reports/collected", Collected).RequireAuthorization(p => p.RequireRole(readers))
            .WithSummary("Duties collected between from and to (yyyy-MM-dd, to exclusive) grouped by day, office, tax-type or party; format=csv for CSV.");
        revenue.MapGet("/reports/reconciliation", Reconcile).RequireAuthorization(p => p.RequireRole(readers))
            .WithSummary("Assessed vs collected vs secured vs refunded per currency, with every ledger check and its difference (zero when reconciled).");
        revenue.MapGet("/import-vat", ImportVat).RequireAuthorization(p => p.RequireRole(readers))
            .WithSummary("The import-VAT feed for the tax administration: VAT lines of debts assessed between from and to; JSON, or CSV with format=csv.");
    }

    private static async Task<IResult> Collected(string? from, string? to, string? groupBy, string? party, string? format, RevenueReports reports, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        var (start, end) = Period(from, to, errors, clock.GetUtcNow());
        var grouping = groupBy ?? "day";
        if (!RevenueReports.Groupings.Contains(grouping))
        {
            errors.Add(new("groupBy", "REV-REPORT-GROUP", $"Group by one of {string.Join(", ", RevenueReports.Groupings)}."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var rows = await reports.CollectedAsync(start, end, grouping, party, ct);
        return format == "csv"
            ? TypedResults.Text(RevenueReports.CollectedCsv(rows, grouping), "text/csv; charset=utf-8")
            : TypedResults.Ok(new { from = start, to = end, groupBy = grouping, rows });
    }

    private static async Task<IResult> Reconcile(RevenueReports reports, CancellationToken ct)
    {
        var currencies = await reports.ReconcileAsync(ct);
        return TypedResults.Ok(new { balanced = currencies.All(c => c.Balanced), currencies });
    }

    private static async Task<IResult> ImportVat(string? from, string? to, string? format, RevenueReports reports, IOptions<ReportOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        var (start, end) = Period(from, to, errors, clock.GetUtcNow());
        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var lines = await reports.ImportVatAsync(start, end, options.Value.VatTaxTypes, ct);
        return format == "csv"
            ? TypedResults.Text(RevenueReports.ImportVatCsv(lines), "text/csv; charset=utf-8")
            : TypedResults.Ok(new { from = start, to = end, taxTypes = options.Value.VatTaxTypes, lines });
    }

    /// <summary>A period of whole days: from (inclusive) and to (exclusive), yyyy-MM-dd, at most 366 days; default the last 30 days.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Period(string? from, string? to, List<RuleViolation> errors, DateTimeOffset now)
    {
        var today = now.UtcDateTime.Date;
        var end = new DateTimeOffset(today.AddDays(1), TimeSpan.Zero);
        var start = end.AddDays(-30);
        if (to is not null)
        {
            if (DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                end = new DateTimeOffset(t.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                start = end.AddDays(-30);
            }
            else
            {
                errors.Add(new("to", "REV-REPORT-DATE", "The date is yyyy-MM-dd."));
            }
        }

        if (from is not null)
        {
            if (DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
            {
                start = new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }
            else
            {
                errors.Add(new("from", "REV-REPORT-DATE", "The date is yyyy-MM-dd."));
            }
        }

        if (errors.Count == 0 && (end <= start || (end - start).TotalDays > 366))
        {
            errors.Add(new("to", "REV-REPORT-PERIOD", "The period runs forward and covers at most 366 days."));
        }

        return (start, end);
    }
}

/// <summary>Report settings, bound from <c>Modules:Revenue:Reports</c>.</summary>
internal sealed class ReportOptions
{
    public const string Section = "Modules:Revenue:Reports";

    /// <summary>The tax types that are import VAT in the loaded national tariff (B00 for the UK).</summary>
    public List<string> VatTaxTypes { get; set; } = ["B00"];
}
