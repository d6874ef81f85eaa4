using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Data;
using Tamga.Platform.Organisation;
using Tamga.Platform.Security;
using Tamga.Platform.Signing;

namespace Tamga.Platform.Http;

public sealed record TokenRequest(string? User, string? Password);

/// <summary>The token response keeps the RFC 6749 names.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

public sealed record CurrentUser(string User, IReadOnlyList<string> Roles, string? Party, IReadOnlyList<string> Offices)
{
    /// <summary>The skills recorded for the user (an officer with none is taken to hold documentary and physical).</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];
}

public sealed record UserView(string User, IReadOnlyList<string> Roles, string? Party, IReadOnlyList<string> Offices, DateTimeOffset CreatedAt, bool LockedOut)
{
    public IReadOnlyList<string> Skills { get; init; } = [];

    public static UserView Of(User user, bool lockedOut) =>
        new(user.UserName, user.RoleList, user.PartyId, user.OfficeList, user.CreatedAt, lockedOut) { Skills = user.SkillList };
}

public sealed record CreateUserRequest(string? User, string? Password, IReadOnlyList<string>? Roles, string? Party, IReadOnlyList<string>? Offices, string? PartyName, IReadOnlyList<string>? Skills = null);

public sealed record SkillsRequest(IReadOnlyList<string>? Skills);

public sealed record OfficeView(string Code, string Name, string CountryCode, string? SupervisingOfficeCode, bool Demonstration);

public sealed record PartyView(string Id, string Name);

public sealed record AuditReport(bool Intact, int Modules, AuditBreak? FirstBreak);

internal static class PlatformEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/v1/auth").WithTags("Authentication");
        auth.MapPost("/token", IssueToken).AllowAnonymous()
            .WithSummary("Exchanges a user name and password for a bearer token (RFC 6749 response names).");
        endpoints.MapGet("/api/v1/me", (ClaimsPrincipal user) => TypedResults.Ok(new CurrentUser(user.UserName(), user.FindAll(TamgaClaims.Role).Select(c => c.Value).ToList(), user.PartyId(), user.Offices()) { Skills = user.Skills() }))
            .WithTags("Authentication").WithSummary("Who the caller is: roles, party and offices.");

        var admin = endpoints.MapGroup("/api/v1/admin").WithTags("Administration").RequireAuthorization(Policies.Administrator);
        admin.MapGet("/users", ListUsers).WithSummary("Users with their roles, party and offices.");
        admin.MapPost("/users", CreateUser).WithSummary("Creates a user; an unknown party is created.");
        admin.MapPut("/users/{user}/skills", SetSkills).WithSummary("Replaces the officer's skills (documentary, physical, valuation, origin, classification, restrictions).");
        admin.MapGet("/parties", async (PlatformDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Parties.AsNoTracking().OrderBy(p => p.Id).Select(p => new PartyView(p.Id, p.Name)).ToListAsync(ct)));
        admin.MapGet("/offices", ListOffices).WithSummary("The customs office register.");

        SigningEndpoints.Map(endpoints);
        endpoints.MapGet("/api/v1/offices", ListOffices).WithTags("Reference data").WithSummary("The customs office register.");

        endpoints.MapGet("/api/v1/audit/verify", VerifyAudit).WithTags("Audit").RequireAuthorization(Policies.Auditor)
            .WithSummary("Walks every hash chain of the audit trail and reports the first broken link.");
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(TokenRequest? request, UserDirectory users, TokenIssuer tokens, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        if (string.IsNullOrWhiteSpace(request?.User))
        {
            errors.Add(new("user", "AUTH-REQUIRED", "The user name is required."));
        }

        if (string.IsNullOrEmpty(request?.Password))
        {
            errors.Add(new("password", "AUTH-REQUIRED", "The password is required."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var (outcome, user) = await users.SignInAsync(request!.User!.Trim(), request.Password!, ct);
        if (outcome != SignInOutcome.Succeeded || user is null)
        {
            // Locked-out accounts get the same answer, so the lockout reveals nothing about the password.
            return Problems.Status(StatusCodes.Status401Unauthorized, "Wrong user name or password.", "After repeated failures the account is locked for a while.");
        }

        var (token, expiresIn) = tokens.Issue(user);
        return TypedResults.Ok(new TokenResponse(token, "Bearer", expiresIn));
    }

    private static async Task<Ok<List<UserView>>> ListUsers(PlatformDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        return TypedResults.Ok(users.Select(u => UserView.Of(u, u.LockedUntil > now)).ToList());
    }

    private static async Task<Results<Created<UserView>, ProblemHttpResult>> CreateUser(CreateUserRequest request, UserDirectory users, ClaimsPrincipal caller, CancellationToken ct)
    {
        var (user, errors) = await users.AddAsync(
            new NewUser(request.User ?? "", request.Password ?? "", request.Roles ?? [], request.Party, request.Offices ?? [], request.PartyName) { Skills = request.Skills ?? [] },
            caller.Actor(),
            ct);
        if (user is null)
        {
            return Problems.Rules(errors, errors.Any(e => e.Rule == "USR-EXISTS") ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }

        return TypedResults.Created($"/api/v1/admin/users/{user.UserName}", UserView.Of(user, false));
    }

    private static async Task<Results<Ok<UserView>, ProblemHttpResult>> SetSkills(string user, SkillsRequest? request, UserDirectory users, ClaimsPrincipal caller, CancellationToken ct)
    {
        if (request?.Skills is null)
        {
            return Problems.Rules([new RuleViolation("skills", "USR-SKILL", "The list of skills is required (empty for none).")]);
        }

        var (updated, errors) = await users.SetSkillsAsync(user, request.Skills, caller.Actor(), ct);
        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        return updated is null
            ? Problems.Status(StatusCodes.Status404NotFound, "No such user.")
            : TypedResults.Ok(UserView.Of(updated, false));
    }

    private static async Task<Ok<List<OfficeView>>> ListOffices(PlatformDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Offices.AsNoTracking().OrderBy(o => o.Code)
            .Select(o => new OfficeView(o.Code, o.Name, o.CountryCode, o.SupervisingOfficeCode, o.Demonstration)).ToListAsync(ct));

    private static async Task<Ok<AuditReport>> VerifyAudit(AuditVerifier verifier, CancellationToken ct)
    {
        var (modules, firstBreak) = await verifier.VerifyAllAsync(ct);
        return TypedResults.Ok(new AuditReport(firstBreak is null, modules, firstBreak));
    }
}
