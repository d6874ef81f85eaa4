namespace Tamga.Platform.Organisation;

/// <summary>A person or system that signs in to Tamga.</summary>
public sealed class User
{
    public Guid Id { get; init; }

    public required string UserName { get; init; }

    public required string PasswordHash { get; set; }

    /// <summary>Roles, space separated (see <see cref="Roles"/>).</summary>
    public required string Roles { get; set; }

    /// <summary>The trader's party (EORI/TIN) for trader users; null for officers.</summary>
    public string? PartyId { get; set; }

    /// <summary>Customs offices the user works in, space separated.</summary>
    public string Offices { get; set; } = "";

    /// <summary>
    /// The skills the officer holds (see <see cref="Organisation.Skills"/>), space separated. Empty for an officer
    /// created before skills were recorded: <see cref="Organisation.Skills.Held"/> then gives the default ones.
    /// </summary>
    public string Skills { get; set; } = "";

    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public IReadOnlyList<string> RoleList => Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> OfficeList => Offices.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> SkillList => Skills.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A trade party known by its EORI or TIN.</summary>
public sealed class Party
{
    public required string Id { get; init; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A customs office of the office register.</summary>
public sealed class Office
{
    public required string Code { get; init; }

    public required string Name { get; set; }

    public required string CountryCode { get; set; }

    /// <summary>The office that supervises this one and takes its controls when it has no officers.</summary>
    public string? SupervisingOfficeCode { get; set; }

    /// <summary>True for offices of the shipped demonstration register, not a real administration's.</summary>
    public bool Demonstration { get; set; }
}

/// <summary>The roles Tamga knows. Each endpoint names the roles it admits.</summary>
public static class Roles
{
    public const string Trader = "trader";
    public const string Officer = "officer";
    public const string Supervisor = "supervisor";
    public const string Analyst = "analyst";
    public const string Finance = "finance";
    public const string Agency = "agency";
    public const string Auditor = "auditor";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Trader, Officer, Supervisor, Analyst, Finance, Agency, Auditor, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
