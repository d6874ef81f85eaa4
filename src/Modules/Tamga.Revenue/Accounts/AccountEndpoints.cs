using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamga.Platform.Http;
using Tamga.Platform.Security;

namespace Tamga.Revenue.Accounts;

/// <summary>The trader's account and debts; finance's debts and deferred payment accounts.</summary>
internal static class AccountEndpoints
{
    public static void Map(RouteGroupBuilder revenue)
    {
        revenue.MapGet("/my/account", MyAccount).RequireAuthorization(Policies.Trader)
            .WithSummary("The caller's party: its debts, payments, deferred accounts, guarantees and refunds.");
        revenue.MapGet("/debts/{id:guid}", Debt).RequireAuthorization()
            .WithSummary("One debt with its tax lines (the trader's own; any for finance, officers and auditors).");
        revenue.MapGet("/debts", Debts).RequireAuthorization(Policies.Finance)
            .WithSummary("Debts, newest first, by party and status (open, secured, deferred, paid, cancelled).");
        revenue.MapPost("/deferred-accounts", Open).RequireAuthorization(Policies.Finance)
            .WithSummary("Opens a deferred payment account for a party with its limit.");
        revenue.MapGet("/deferred-accounts", Accounts).RequireAuthorization(Policies.Finance)
            .WithSummary("Deferred payment accounts with their limits and use.");
        revenue.MapPut("/deferred-accounts/{id:guid}", Change).RequireAuthorization(Policies.Finance)
            .WithSummary("Changes an account's limit (never below what is charged) or suspends it.");
        revenue.MapPost("/deferred-accounts/{id:guid}/statements", Issue).RequireAuthorization(Policies.Finance)
            .WithSummary("Issues the monthly statement (period yyyy-MM) of the charges not yet on a statement; once per month.");
        revenue.MapGet("/deferred-accounts/{id:guid}/statements", Statements).RequireAuthorization(Policies.Finance)
            .WithSummary("The account's statements.");
        revenue.MapPost("/deferred-accounts/{id:guid}/statements/{statementId:guid}/direct-debit", DirectDebit).RequireAuthorization(Policies.Finance)
            .WithSummary("Collects a statement by direct debit (once; a repeat answers the same statement).");
    }

    private static async Task<IResult> MyAccount(ClaimsPrincipal user, AccountQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.AccountAsync(user.PartyId()!, ct));

    private static async Task<IResult> Debt(Guid id, ClaimsPrincipal user, AccountQueries queries, CancellationToken ct) =>
        await queries.DebtAsync(user, id, ct) is { } debt ? TypedResults.Ok(debt.View()) : Problems.Status(StatusCodes.Status404NotFound, "No such debt.");

    private static async Task<IResult> Debts(string? party, string? status, AccountQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.DebtsAsync(party, status, ct));

    private static async Task<IResult> Open(DeferredAccountRequest request, ClaimsPrincipal user, DeferredAccountHandler handler, CancellationToken ct) =>
        RevenueApi.Answer(await handler.OpenAsync(user, request.Number, request.Party, request.Currency, request.Limit, ct), a => a.View(), StatusCodes.Status201Created, a => $"{RevenueApi.Root}/deferred-accounts/{a.Id}");

    private static async Task<IResult> Accounts(AccountQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.DeferredAccountsAsync(ct));

    private static async Task<IResult> Change(Guid id, DeferredAccountChange request, ClaimsPrincipal user, DeferredAccountHandler handler, CancellationToken ct) =>
        RevenueApi.Answer(await handler.ChangeLimitAsync(id, user, request.Limit, request.Active, ct), a => a.View());

    private static async Task<IResult> Issue(Guid id, StatementRequest request, ClaimsPrincipal user, DeferredAccountHandler handler, CancellationToken ct) =>
        RevenueApi.Answer(await handler.IssueStatementAsync(id, user, request.Period, ct), s => s.View(), StatusCodes.Status201Created, s => $"{RevenueApi.Root}/deferred-accounts/{id}/statements/{s.Id}");

    private static async Task<IResult> Statements(Guid id, AccountQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.StatementsAsync(id, ct));

    private static async Task<IResult> DirectDebit(Guid id, Guid statementId, ClaimsPrincipal user, DeferredAccountHandler handler, CancellationToken ct) =>
        RevenueApi.Answer(await handler.DirectDebitAsync(id, statementId, user, ct), s => s.View());
}
