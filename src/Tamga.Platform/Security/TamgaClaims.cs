using System.Security.Claims;

namespace Tamga.Platform.Security;

/// <summary>Claim names Tamga puts in cookies and tokens, and how endpoints read them.</summary>
public static class TamgaClaims
{
    public const string Party = "party";
    public const string Office = "office";
    public const string UserId = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Skill = "skill";

    public static string? PartyId(this ClaimsPrincipal user) => user.FindFirst(Party)?.Value;

    public static IReadOnlyList<string> Offices(this ClaimsPrincipal user) => user.FindAll(Office).Select(c => c.Value).ToList();

    /// <summary>The skills recorded for the user (empty when none are: see <see cref="Organisation.Skills.Held"/>).</summary>
    public static IReadOnlyList<string> Skills(this ClaimsPrincipal user) => user.FindAll(Skill).Select(c => c.Value).ToList();

    /// <summary>The skills the officer holds: those recorded, or the default ones when none are.</summary>
    public static IReadOnlyList<string> HeldSkills(this ClaimsPrincipal user) => Organisation.Skills.Held(user.Skills());

    public static string UserName(this ClaimsPrincipal user) => user.FindFirst(Name)?.Value ?? user.Identity?.Name ?? "anonymous";

    public static bool HasRole(this ClaimsPrincipal user, string role) => user.IsInRole(role);

    /// <summary>The actor written to the audit trail.</summary>
    public static string Actor(this ClaimsPrincipal user) => "user:" + user.UserName();
}
