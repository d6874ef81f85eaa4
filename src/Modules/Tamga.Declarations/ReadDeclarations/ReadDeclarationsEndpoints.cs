using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tamga.Declarations.Domain;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;

namespace Tamga.Declarations.ReadDeclarations;

internal static class ReadDeclarationsEndpoints
{
    public static void Map(RouteGroupBuilder declarations)
    {
        declarations.MapGet("/{id:guid}", GetDeclaration).WithSummary("One declaration: status, channel and reasons, duties, data, timeline, documents and notifications.");
        declarations.MapGet("/", ListDeclarations).WithSummary("The caller's declarations (trader: its party's; officer: its offices'), filtered and paged.");
    }

    private static async Task<Results<Ok<DeclarationDetail>, ProblemHttpResult>> GetDeclaration(Guid id, ClaimsPrincipal user, DeclarationQueries queries, CancellationToken ct)
    {
        if (await queries.FindAsync(user, id, ct) is not { } found)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such declaration.", "It does not exist or you may not see it.");
        }

        return TypedResults.Ok(DeclarationViews.Detail(found.Declaration, user));
    }

    private static async Task<Results<Ok<DeclarationPage>, ProblemHttpResult>> ListDeclarations(
        ClaimsPrincipal user,
        DeclarationQueries queries,
        string? status,
        string? lrn,
        string? mrn,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? page,
        int? pageSize,
        CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        DeclarationStatus? wanted = null;
        if (status is not null)
        {
            if (Enum.TryParse<DeclarationStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add(new("status", "LIST-STATUS", $"Unknown status '{status}'. Known: {string.Join(", ", Enum.GetNames<DeclarationStatus>())}."));
            }
        }

        var (number, size) = PageRequest.Read(page, pageSize, defaultSize: 20, maxSize: 200, errors);

        if (lrn is { Length: > 35 } || mrn is { Length: > 18 })
        {
            errors.Add(new(lrn is { Length: > 35 } ? "lrn" : "mrn", "LIST-REFERENCE", "An LRN has at most 35 characters and an MRN 18."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var found = await queries.ListAsync(user, new DeclarationFilter(wanted, lrn, mrn, null, from, to), number, size, clamp: false, ct);
        return TypedResults.Ok(new DeclarationPage(number, size, found.Total, found.Items.Select(d => DeclarationViews.Summary(d, user)).ToList()));
    }
}
