using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Data;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Processing;
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

    private static async Task<Results<Ok<DeclarationDetail>, ProblemHttpResult>> GetDeclaration(Guid id, ClaimsPrincipal user, DeclarationStore store, DeclarationAccess access, CancellationToken ct)
    {
        var declaration = await store.FindAsync(id, ct);
        var scope = await access.ScopeAsync(user, ct);
        if (declaration is null || !scope.CanRead(declaration))
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such declaration.", "It does not exist or you may not see it.");
        }

        return TypedResults.Ok(DeclarationViews.Detail(declaration));
    }

    private static async Task<Results<Ok<DeclarationPage>, ProblemHttpResult>> ListDeclarations(
        ClaimsPrincipal user,
        DeclarationsDbContext db,
        DeclarationAccess access,
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

        var size = pageSize ?? 20;
        var number = page ?? 1;
        if (size is < 1 or > 200)
        {
            errors.Add(new("pageSize", "PAGE-SIZE", "pageSize is between 1 and 200."));
        }

        if (number is < 1 or > 100_000)
        {
            errors.Add(new("page", "PAGE", "page is between 1 and 100000."));
        }

        if (lrn is { Length: > 35 } || mrn is { Length: > 18 })
        {
            errors.Add(new(lrn is { Length: > 35 } ? "lrn" : "mrn", "LIST-REFERENCE", "An LRN has at most 35 characters and an MRN 18."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var scope = await access.ScopeAsync(user, ct);
        var query = db.Declarations.AsNoTracking();
        if (!scope.All)
        {
            var party = scope.Party;
            var offices = scope.Offices ?? [];
            query = query.Where(d =>
                (party != null && (d.DeclarantId == party || d.RepresentativeId == party || d.ImporterId == party || d.ExporterId == party))
                || (d.ControlOffice != null && offices.Contains(d.ControlOffice)));
        }

        if (wanted is { } s)
        {
            query = query.Where(d => d.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(lrn))
        {
            query = query.Where(d => d.Lrn == lrn);
        }

        if (!string.IsNullOrWhiteSpace(mrn))
        {
            query = query.Where(d => d.Mrn == mrn);
        }

        if (from is { } f)
        {
            query = query.Where(d => d.LodgedAt >= f);
        }

        if (to is { } t)
        {
            query = query.Where(d => d.LodgedAt < t);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(d => d.LodgedAt).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new DeclarationPage(number, size, total, items.Select(DeclarationViews.Summary).ToList()));
    }
}
