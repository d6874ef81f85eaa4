using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamga.Platform.Security;
using Tamga.Revenue.Accounts;

namespace Tamga.Revenue.Guarantees;

/// <summary>Guarantees accepted by finance; the trader sees its own in <c>/my/account</c>.</summary>
internal static class GuaranteeEndpoints
{
    public static void Map(RouteGroupBuilder revenue)
    {
        revenue.MapPost("/guarantees", Accept).RequireAuthorization(Policies.Finance)
            .WithSummary("Accepts an individual (one LRN) or comprehensive guarantee; the party's open debts it covers are secured at once.");
        revenue.MapGet("/guarantees", List).RequireAuthorization(Policies.Finance)
            .WithSummary("Guarantees with their reference amount, reserved and available balance.");
        revenue.MapPut("/guarantees/{id:guid}", Change).RequireAuthorization(Policies.Finance)
            .WithSummary("Changes the reference amount (never below what is reserved) or withdraws the guarantee.");
    }

    private static async Task<IResult> Accept(GuaranteeRequest request, ClaimsPrincipal user, GuaranteeHandler handler, CancellationToken ct) =>
        RevenueApi.Answer(await handler.AcceptAsync(user, request.Reference, request.Party, request.Kind, request.CoversLrn, request.Currency, request.ReferenceAmount, ct), g => g.View(), StatusCodes.Status201Created, g => $"{RevenueApi.Root}/guarantees/{g.Id}");

    private static async Task<IResult> List(AccountQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GuaranteesAsync(ct));

    private static async Task<IResult> Change(Guid id, GuaranteeChange request, ClaimsPrincipal user, GuaranteeHandler handler, CancellationToken ct) =>
        RevenueApi.Answer(await handler.ChangeAsync(id, user, request.ReferenceAmount, request.Active, ct), g => g.View());
}
