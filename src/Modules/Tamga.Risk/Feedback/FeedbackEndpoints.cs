using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;
using Tamga.Platform.Organisation;

namespace Tamga.Risk.Feedback;

/// <summary>The control results recorded by officers, as the next training set (CSV in the KCS layout).</summary>
internal static class FeedbackEndpoints
{
    public const string ControlResults = "/api/v1/risk/control-results.csv";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(ControlResults, ExportAsync).WithTags("Risk profiles").RequireAuthorization(p => p.RequireRole(Roles.Analyst, Roles.Supervisor))
            .WithSummary("Control results recorded in Tamga, one row per goods item with its label, in the layout `risk train` reads; `since` is a date (YYYY-MM-DD).");

    private static async Task<IResult> ExportAsync(HttpContext context, TrainingSet set, string? since, CancellationToken ct)
    {
        DateOnly? from = null;
        if (since is not null)
        {
            if (!DateOnly.TryParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Problems.Rules([new RuleViolation("since", "RISK-EXPORT-DATE", "'since' is a date (YYYY-MM-DD).")]);
            }

            from = parsed;
        }

        var records = await set.RecordsAsync(from, ct);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"control-results.csv\"";
        await using var writer = new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(false));
        await TrainingSet.WriteCsvAsync(records, writer);
        return TypedResults.Empty;
    }
}
