using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Tamga.Declarations.Intake;
using Tamga.Declarations.Processing;
using Tamga.Declarations.ReadDeclarations;
using Tamga.Platform.Http;
using Tamga.Platform.Security;

namespace Tamga.Declarations.LodgeDeclaration;

internal static class LodgeDeclarationEndpoint
{
    public static void Map(RouteGroupBuilder declarations) =>
        declarations.MapPost("/", Lodge)
            .RequireAuthorization(Policies.Trader)
            .Accepts<object>("application/json", "application/xml", "text/xml")
            .Produces<DeclarationSummary>(StatusCodes.Status201Created)
            .Produces<DeclarationSummary>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                if (operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
                {
                    json.Example = System.Text.Json.Nodes.JsonNode.Parse(ExamplePayload.Json);
                }

                return Task.CompletedTask;
            })
            .WithSummary("Lodges a goods declaration (Tamga JSON or WCO DEC-DMS 3.6 XML).")
            .WithDescription(
                "Answers after the automatic steps have decided, in the same commit: registration (MRN), risk, duties and channel. " +
                "201 registered; 200 the same LRN and body again; 400 unreadable (each error with line, column, element; nothing stored); " +
                "422 business rules broken (stored as Rejected with a DMSREJ notification; each error with its data element and rule); " +
                "409 the same LRN with another body; 403 when the caller's party is neither the declarant nor its representative.");

    private static async Task<IResult> Lodge(HttpRequest request, ClaimsPrincipal user, LodgeDeclarationHandler handler, CancellationToken ct)
    {
        if (BodyFormats.From(request) is not { } format)
        {
            return BodyFormats.Unsupported(request);
        }

        var body = await BodyFormats.ReadAsync(request, ct);
        var outcome = await handler.LodgeAsync(body, format, user.PartyId()!, user.Actor(), ct);
        return outcome switch
        {
            LodgeOutcome.Lodged { Created: true } lodged => TypedResults.Created(DeclarationsApi.Declaration(lodged.Declaration.Id), DeclarationViews.Summary(lodged.Declaration, user)),
            LodgeOutcome.Lodged lodged => TypedResults.Ok(DeclarationViews.Summary(lodged.Declaration, user)),
            LodgeOutcome.Malformed malformed => BodyFormats.Malformed(malformed.Problems),
            LodgeOutcome.Rejected rejected => Rejected(rejected, user),
            LodgeOutcome.NotDeclarant => Problems.Status(StatusCodes.Status403Forbidden, "Your party is neither the declarant (DE 3/18) nor its representative (DE 3/20) of this declaration."),
            LodgeOutcome.LrnConflict conflict => Problems.Status(StatusCodes.Status409Conflict, "This LRN was already lodged with another content.", $"Declaration {conflict.Existing.Id} has LRN {conflict.Existing.Lrn}; use a new LRN (DE 2/5) or amend that declaration."),
            LodgeOutcome.WrongKind wrong => Problems.Status(StatusCodes.Status400BadRequest, $"This document is a {wrong.Kind.ToString().ToLowerInvariant()}, not an original declaration.", "Send amendments to /api/v1/declarations/{id}/amendments and cancellations to /api/v1/declarations/{id}/cancellation."),
            _ => throw new InvalidOperationException("Unknown lodging outcome."),
        };
    }

    private static IResult Rejected(LodgeOutcome.Rejected rejected, ClaimsPrincipal user)
    {
        var problem = Problems.Rules(rejected.Violations, StatusCodes.Status422UnprocessableEntity, "The declaration breaks business rules and was rejected (DMSREJ).");
        problem.ProblemDetails.Extensions["declaration"] = DeclarationViews.Summary(rejected.Declaration, user);
        return problem;
    }
}

/// <summary>Content negotiation for declaration bodies.</summary>
internal static class BodyFormats
{
    public static BodyFormat? From(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media))
        {
            return null;
        }

        return media.MediaType.Value?.ToLowerInvariant() switch
        {
            "application/json" => BodyFormat.Json,
            "application/xml" or "text/xml" => BodyFormat.Xml,
            _ => null,
        };
    }

    public static IResult Unsupported(HttpRequest request) =>
        Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type.", $"Send application/json, application/xml or text/xml (got '{request.ContentType ?? "none"}').");

    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream(request.ContentLength is > 0 and < 64 * 1024 * 1024 ? (int)request.ContentLength.Value : 16 * 1024);
        await request.Body.CopyToAsync(buffer, ct);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    public static IResult Malformed(IReadOnlyList<IntakeProblem> problems)
    {
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The document cannot be read as a declaration.",
            Detail = string.Join(" ", problems.Take(3).Select(p => p.Line == 0 ? p.Message : $"Line {p.Line}, column {p.Column}: {p.Message}")),
            Type = Problems.TypeFor(StatusCodes.Status400BadRequest),
        };
        details.Extensions["errors"] = problems.Select(p => new { line = p.Line == 0 ? (int?)null : p.Line, column = p.Column == 0 ? (int?)null : p.Column, element = p.Location, rule = p.Kind.ToString(), message = p.Message }).ToList();
        return TypedResults.Problem(details);
    }
}
