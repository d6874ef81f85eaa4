using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;
using Tamga.Platform.Organisation;

namespace Tamga.Risk.Parties;

/// <summary>The party registry for analysts, supervisors and officers: search, one party with its history, its network.</summary>
internal static class PartyEndpoints
{
    public const string Parties = "/api/v1/risk/parties";
    public const string PartiesPage = "/risk/parties";

    public static readonly string[] Readers = [Roles.Analyst, Roles.Supervisor, Roles.Officer];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Parties).WithTags("Risk parties").RequireAuthorization(p => p.RequireRole(Readers));
        group.MapGet("/", Search).WithSummary("Parties whose number, identifier (EORI/TIN), name or address contains the words, normalised as for matching.");
        group.MapGet("/{id:guid}", Get).WithSummary("One party: identifiers, names and addresses with the reason of each link, roles and compliance history.");
        group.MapGet("/{id:guid}/network", Network).WithSummary("Parties sharing an address, a declarant, a representative or a seller with this one, with the declarations each link rests on.");
    }

    private static IResult Search(PartyRegistry registry, string? q, int? limit)
    {
        var errors = new List<RuleViolation>();
        if (q is { Length: > 200 })
        {
            errors.Add(new RuleViolation("q", "RISK-PARTY-QUERY", "Search words are at most 200 characters."));
        }

        if (limit is < 1 or > 500)
        {
            errors.Add(new RuleViolation("limit", "RISK-PARTY-LIMIT", "The limit is 1 to 500."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var items = registry.Search(string.IsNullOrWhiteSpace(q) ? null : q, limit ?? 50);
        return TypedResults.Ok(new { items });
    }

    private static IResult Get(Guid id, PartyRegistry registry) =>
        registry.Find(id) is { } party ? TypedResults.Ok(party) : Problems.Status(StatusCodes.Status404NotFound, "No such party.");

    private static IResult Network(Guid id, PartyRegistry registry, int? limit)
    {
        if (limit is < 1 or > 1000)
        {
            return Problems.Rules([new RuleViolation("limit", "RISK-PARTY-LIMIT", "The limit is 1 to 1000.")]);
        }

        return registry.Network(id, limit ?? 200) is { } network ? TypedResults.Ok(network) : Problems.Status(StatusCodes.Status404NotFound, "No such party.");
    }
}
