using Microsoft.AspNetCore.Http;

namespace Tamga.Revenue.Accounts;

/// <summary>Routes of the revenue accounting API.</summary>
internal static class RevenueApi
{
    public const string Root = "/api/v1/revenue";

    public static string Debt(Guid id) => $"{Root}/debts/{id}";

    public static string Payment(Guid id) => $"{Root}/payments/{id}";

    /// <summary>The API answer of an outcome: its view with <paramref name="status"/> (200 for a replay), or its ProblemDetails.</summary>
    public static IResult Answer<T, TView>(RevenueOutcome<T> outcome, Func<T, TView> view, int status = StatusCodes.Status200OK, Func<T, string>? location = null) => outcome switch
    {
        RevenueOutcome<T>.Done { Replayed: true } done => TypedResults.Ok(view(done.Value)),
        RevenueOutcome<T>.Done done when status == StatusCodes.Status201Created && location is not null => TypedResults.Created(location(done.Value), view(done.Value)),
        RevenueOutcome<T>.Done done when status == StatusCodes.Status202Accepted => TypedResults.Accepted(location?.Invoke(done.Value), view(done.Value)),
        RevenueOutcome<T>.Done done => TypedResults.Ok(view(done.Value)),
        _ => outcome.Problem(),
    };
}

public sealed record PayRequest(string? SandboxScenario);

public sealed record ManualPaymentRequest(string? Method, decimal? Amount, string? Currency, string? Reference);

public sealed record DeferredAccountRequest(string? Number, string? Party, string? Currency, decimal? Limit);

public sealed record DeferredAccountChange(decimal? Limit, bool? Active);

public sealed record StatementRequest(string? Period);

public sealed record GuaranteeRequest(string? Reference, string? Party, string? Kind, string? CoversLrn, string? Currency, decimal? ReferenceAmount);

public sealed record GuaranteeChange(decimal? ReferenceAmount, bool? Active);

public sealed record RefundRequest(Guid? DebtId, decimal? Amount, string? Reason, string? Explanation);

public sealed record RefundDecision(string? Decision, string? Note);
