using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;
using Tamga.Platform.Security;

namespace Tamga.Tariff.ApplyForRuling;

internal static class ApplicationEndpoints
{
    public static void Map(RouteGroupBuilder rulings)
    {
        rulings.MapPost("/applications", SubmitAsync).RequireAuthorization(Policies.Trader)
            .WithSummary("Submits a classification inquiry (kind 'inquiry') or a BTI application (kind 'bti'); attachments are PDF, PNG or JPEG, at most 5 of 2 MiB. An Idempotency-Key header makes a retry return the first application.")
            .Produces<ApplicationView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        rulings.MapGet("/applications", ListAsync)
            .WithSummary("A trader's own applications; for officers, every application (the queue).")
            .Produces<IReadOnlyList<ApplicationView>>();
        rulings.MapGet("/applications/{id:guid}", GetAsync)
            .WithSummary("One application, for its trader and officers.")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        rulings.MapGet("/applications/{id:guid}/attachments/{attachmentId:guid}", DownloadAsync)
            .WithSummary("An attachment, always as a download, for the application's trader and officers.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        rulings.MapPost("/applications/{id:guid}/answer", AnswerAsync).RequireAuthorization(Policies.Trader)
            .WithSummary("The trader answers the officer's request for information.")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Created<ApplicationView>, ProblemHttpResult>> SubmitAsync(
        ApplicationRequest? body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, ApplicationHandler handler, CancellationToken cancellationToken)
    {
        var files = new List<OfferedFile>();
        var errors = new List<RuleViolation>();
        foreach (var attachment in body?.Attachments ?? [])
        {
            var content = attachment.ContentBase64 is null ? null : TryBase64(attachment.ContentBase64);
            if (content is null)
            {
                errors.Add(new("attachments", "ATTACHMENT-BASE64", "attachments: contentBase64 is required and must be base64."));
                continue;
            }

            files.Add(new OfferedFile(attachment.FileName ?? "", content));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var outcome = await handler.SubmitAsync(new NewApplication(body?.Kind, body?.GoodsDescription, body?.ProposedCode, body?.ConfidentialDetails, idempotencyKey, files), user, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"{TariffApi.Root}/rulings/applications/{outcome.Value!.Id}", ApplicationView.From(outcome.Value))
            : Problems.Rules(outcome.Errors, outcome.Status);
    }

    private static async Task<Ok<List<ApplicationView>>> ListAsync(ClaimsPrincipal user, ApplicationHandler handler, DecideRulings.RulingDesk desk, CancellationToken cancellationToken)
    {
        var officer = user.IsInRole(Platform.Organisation.Roles.Officer) || user.IsInRole(Platform.Organisation.Roles.Supervisor);
        var applications = officer ? await desk.QueueAsync(user, mine: false, cancellationToken) : await handler.MineAsync(user, cancellationToken);
        return TypedResults.Ok(applications.Select(ApplicationView.From).ToList());
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, ApplicationHandler handler, CancellationToken cancellationToken) =>
        await handler.FindAsync(id, user, cancellationToken) is { } application
            ? TypedResults.Ok(ApplicationView.From(application))
            : Problems.Status(StatusCodes.Status404NotFound, "No such application.");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(Guid id, Guid attachmentId, ClaimsPrincipal user, ApplicationHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var attachment = (await handler.FindAsync(id, user, cancellationToken))?.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (attachment is null)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such attachment.");
        }

        context.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(attachment.Content, attachment.ContentType, attachment.FileName);
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> AnswerAsync(Guid id, TextRequest? body, ClaimsPrincipal user, ApplicationHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.AnswerAsync(id, body?.Text, user, cancellationToken);
        return Result(outcome);
    }

    internal static Results<Ok<ApplicationView>, ProblemHttpResult> Result(RulingOutcome<Domain.RulingApplication> outcome) =>
        outcome.Succeeded
            ? TypedResults.Ok(ApplicationView.From(outcome.Value!))
            : outcome.Status == StatusCodes.Status404NotFound
                ? Problems.Status(StatusCodes.Status404NotFound, "No such application.")
                : Problems.Rules(outcome.Errors, outcome.Status);

    private static byte[]? TryBase64(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }
}
