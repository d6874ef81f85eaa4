using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Tamga.Platform.Http;
using Tamga.Platform.Security;
using Tamga.Revenue.Accounts;

namespace Tamga.Revenue.Payments;

/// <summary>E-payment of a debt, the gateway's callback, payments recorded by officers.</summary>
internal static class PaymentEndpoints
{
    private const int MaxCallbackBytes = 16 * 1024;

    public static void Map(RouteGroupBuilder revenue)
    {
        revenue.MapPost("/debts/{id:guid}/payments", Pay).RequireAuthorization(Policies.Trader)
            .WithSummary("Pays a debt of the caller's party through the payment gateway: 202 with the pending payment; the gateway confirms by callback. Requires an Idempotency-Key header: the same key answers the same payment (200).");
        revenue.MapGet("/payments/{id:guid}", Read).RequireAuthorization()
            .WithSummary("A payment and its status (pending, confirmed, declined, timed out).");
        revenue.MapPost("/payments/callback", Callback).AllowAnonymous().DisableAntiforgery()
            .WithSummary("The payment gateway's confirmation, signed with HMAC-SHA256 in X-Tamga-Gateway-Signature. A replayed callback answers 200 and changes nothing.");
        revenue.MapPost("/debts/{id:guid}/manual-payments", Record).RequireAuthorization(Policies.Finance)
            .WithSummary("Records cash or a bank transfer received for a debt (its full amount; once per receipt or transfer reference).");
    }

    private static async Task<IResult> Pay(Guid id, PayRequest? request, [FromHeader(Name = "Idempotency-Key")] string? key, ClaimsPrincipal user, PaymentHandler handler, CancellationToken ct) =>
        RevenueApi.Answer(await handler.StartAsync(id, user, key, request?.SandboxScenario, ct), p => p.View(), StatusCodes.Status202Accepted, p => RevenueApi.Payment(p.Id));

    private static async Task<IResult> Read(Guid id, ClaimsPrincipal user, AccountQueries queries, CancellationToken ct) =>
        await queries.PaymentAsync(user, id, ct) is { } payment ? TypedResults.Ok(payment.View()) : Problems.Status(StatusCodes.Status404NotFound, "No such payment.");

    private static async Task<IResult> Callback(HttpRequest request, PaymentHandler handler, CancellationToken ct)
    {
        if (request.ContentLength > MaxCallbackBytes)
        {
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, "The callback is too large.");
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxCallbackBytes + 1];
        var read = await reader.ReadBlockAsync(buffer, ct);
        if (read > MaxCallbackBytes)
        {
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, "The callback is too large.");
        }

        var outcome = await handler.ReceiveCallbackAsync(new string(buffer, 0, read), request.Headers[CallbackSignature.Header].ToString() is { Length: > 0 } s ? s : null, ct);
        return outcome switch
        {
            RevenueOutcome<Payment>.Invalid { Violations: [{ Rule: "REV-CALLBACK-SIGNATURE" }] } => Problems.Status(StatusCodes.Status401Unauthorized, "The callback's signature does not match its body."),
            RevenueOutcome<Payment>.Done done => TypedResults.Ok(new { payment = done.Value.View(), replayed = done.Replayed }),
            _ => outcome.Problem(),
        };
    }

    private static async Task<IResult> Record(Guid id, ManualPaymentRequest request, ClaimsPrincipal user, PaymentHandler handler, CancellationToken ct) =>
        RevenueApi.Answer(await handler.RecordAsync(id, user, request.Method, request.Amount, request.Currency, request.Reference, ct), p => p.View(), StatusCodes.Status201Created, p => RevenueApi.Payment(p.Id));
}
