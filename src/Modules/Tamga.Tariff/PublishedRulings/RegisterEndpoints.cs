using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;
using Tamga.Platform.Security;
using Tamga.Tariff.ApplyForRuling;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.PublishedRulings;

internal static class RegisterEndpoints
{
    public static void Map(RouteGroupBuilder rulings)
    {
        rulings.MapGet("", SearchAsync).AllowAnonymous()
            .WithSummary("The public register of rulings: by number (BTI-…), code prefix or words; newest first.")
            .Produces<IReadOnlyList<PublishedRuling>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        rulings.MapGet("/{number}", FindAsync).AllowAnonymous()
            .WithSummary("A ruling by its number, with whether it is valid on a date (default today): what a declaration citing it is checked against.")
            .Produces<PublishedRuling>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        rulings.MapGet("/{number}/verification", VerifyAsync).AllowAnonymous()
            .WithSummary("Checks the ruling's signature; gives the exact signed text, the signature and the key id (public key: /api/v1/signing/public-key).")
            .Produces<RulingVerification>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        rulings.MapPost("/{number}/appeals", AppealAsync).RequireAuthorization(Policies.Trader)
            .WithSummary("Submits an appeal against a ruling (the appeals workflow itself comes later).")
            .Produces<AppealView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<List<PublishedRuling>>, ProblemHttpResult>> SearchAsync(string? q, RulingRegister register, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        var query = q is null ? null : TariffInput.Text("q", q, errors);
        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok((await register.SearchAsync(query, cancellationToken)).Select(r => PublishedRuling.From(r, today)).ToList());
    }

    private static async Task<Results<Ok<PublishedRuling>, ProblemHttpResult>> FindAsync(string number, string? date, RulingRegister register, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        var day = TariffInput.Date("date", date, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), errors);
        if (number.Length > 20)
        {
            errors.Add(new("number", "NUMBER", "number is a ruling number such as BTI-2026-00001."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        return await register.FindAsync(number, cancellationToken) is { } ruling
            ? TypedResults.Ok(PublishedRuling.From(ruling, day!.Value))
            : Problems.Status(StatusCodes.Status404NotFound, "No such ruling.");
    }

    private static async Task<Results<Ok<RulingVerification>, ProblemHttpResult>> VerifyAsync(string number, RulingRegister register, CancellationToken cancellationToken) =>
        number.Length <= 20 && await register.FindAsync(number, cancellationToken) is { } ruling
            ? TypedResults.Ok(register.Verify(ruling))
            : Problems.Status(StatusCodes.Status404NotFound, "No such ruling.");

    private static async Task<Results<Created<AppealView>, ProblemHttpResult>> AppealAsync(string number, TextRequest? body, ClaimsPrincipal user, RulingRegister register, CancellationToken cancellationToken)
    {
        if (number.Length > 20)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such ruling.");
        }

        var outcome = await register.AppealAsync(number, body?.Text, user, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Status == StatusCodes.Status404NotFound ? Problems.Status(StatusCodes.Status404NotFound, "No such ruling.") : Problems.Rules(outcome.Errors, outcome.Status);
        }

        var appeal = outcome.Value!;
        return TypedResults.Created($"{TariffApi.Root}/rulings/{appeal.RulingNumber}", new AppealView(appeal.Reference, appeal.RulingNumber, appeal.SubmittedAt));
    }
}

/// <summary>A ruling as published: no trader, no confidential detail; <c>validOnDate</c> answers for the date asked (default today).</summary>
/// <summary><c>annulledFrom</c>/<c>annulledBy</c>: the judgment date and number of the court decision that annulled the ruling, if any.</summary>
public sealed record PublishedRuling(string Number, string CommodityCode, string GoodsDescription, string Justification, DateOnly ValidFrom, DateOnly ValidTo, bool ValidOnDate, DateTimeOffset PublishedAt, string KeyId, string Signature, DateOnly? AnnulledFrom = null, string? AnnulledBy = null)
{
    internal static PublishedRuling From(Ruling r, DateOnly date) =>
        new(r.Number, r.CommodityCode, r.GoodsDescription, r.Justification, r.ValidFrom, r.ValidTo, r.ValidOn(date), r.PublishedAt, r.KeyId, r.Signature, r.Annulment?.From, r.Annulment?.DecisionNumber);
}

public sealed record AppealView(string Reference, string RulingNumber, DateTimeOffset SubmittedAt);
