using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamga.Platform.Organisation;
using Tamga.Platform.Security;
using Tamga.Revenue.Accounts;

namespace Tamga.Revenue.Refunds;

/// <summary>Refund requests (trader for its own debts, or finance), four-eyes decisions and payment (finance).</summary>
internal static class RefundEndpoints
{
    public static void Map(RouteGroupBuilder revenue)
    {
        revenue.MapPost("/refunds", Request).RequireAuthorization(p => p.RequireRole(Roles.Trader, Roles.Finance, Roles.Officer, Roles.Supervisor))
            .WithSummary("Requests a refund (over-payment, returned-goods, drawback) of at most what may be refunded on the debt.");
        revenue.MapGet("/refunds", List).RequireAuthorization(Policies.Finance)
            .WithSummary("Refunds by status (requested, approved, rejected, paid).");
        revenue.MapPost("/refunds/{id:guid}/decision", Decide).RequireAuthorization(Policies.Finance)
            .WithSummary("Approves or rejects a refund; never by who requested it (four eyes).");
        revenue.MapPost("/refunds/{id:guid}/payment", Pay).RequireAuthorization(Policies.Finance)
            .WithSummary("Pays an approved refund (a ledger movement from the bank); a repeat answers the same refund.");
    }

    private static async Task<IResult> Request(RefundRequest request, ClaimsPrincipal user, RefundHandler handler, CancellationToken ct) =>
        RevenueApi.Answer(await handler.RequestAsync(user, request.DebtId, request.Amount, request.Reason, request.Explanation, ct), r => r.View(), StatusCodes.Status201Created, r => $"{RevenueApi.Root}/refunds/{r.Id}");

    private static async Task<IResult> List(string? status, AccountQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.RefundsAsync(status, ct));

    private static async Task<IResult> Decide(Guid id, RefundDecision request, ClaimsPrincipal user, RefundHandler handler, CancellationToken ct) =>
        RevenueApi.Answer(await handler.DecideAsync(id, user, request.Decision, request.Note, ct), r => r.View());

    private static async Task<IResult> Pay(Guid id, ClaimsPrincipal user, RefundHandler handler, CancellationToken ct) =>
        RevenueApi.Answer(await handler.PayAsync(id, user, ct), r => r.View());
}
