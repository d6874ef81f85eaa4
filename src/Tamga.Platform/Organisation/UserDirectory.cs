using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tamga.Kernel.Errors;
using Tamga.Kernel.Identifiers;
using Tamga.Platform.Audit;
using Tamga.Platform.Data;
using Tamga.Platform.Security;

namespace Tamga.Platform.Organisation;

/// <summary>A request to create a user, from the command line or the admin screens.</summary>
public sealed record NewUser(string UserName, string Password, IReadOnlyList<string> Roles, string? PartyId, IReadOnlyList<string> Offices, string? PartyName = null)
{
    /// <summary>The officer's skills (see <see cref="Organisation.Skills"/>).</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];
}

/// <summary>Outcome of a sign-in attempt.</summary>
public enum SignInOutcome
{
    Succeeded,
    WrongCredentials,
    LockedOut,
}

/// <summary>Users, their passwords and sign-in throttling.</summary>
public sealed class UserDirectory(PlatformDbContext db, TimeProvider clock, IOptions<TamgaOptions> options)
{
    private static readonly PasswordHasher<User> Hasher = new();

    public const int MinimumPasswordLength = 8;

    public async Task<(User? User, IReadOnlyList<RuleViolation> Errors)> AddAsync(NewUser request, string actor, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        var userName = request.UserName.Trim();
        if (userName.Length is < 2 or > 100 || !userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
        {
            errors.Add(new("user", "USR-NAME", "A user name has 2 to 100 letters, digits, '.', '-', '_' or '@'."));
        }

        if (request.Password.Length < MinimumPasswordLength)
        {
            errors.Add(new("password", "USR-PASSWORD", $"A password has at least {MinimumPasswordLength} characters."));
        }

        if (request.Roles.Count == 0)
        {
            errors.Add(new("role", "USR-ROLE-REQUIRED", "At least one role is required."));
        }

        foreach (var role in request.Roles.Where(r => !Roles.IsKnown(r)))
        {
            errors.Add(new("role", "USR-ROLE", $"Unknown role '{role}'. Known roles: {string.Join(", ", Roles.All)}."));
        }

        var partyId = request.PartyId is null ? null : PartyIdentifier.Normalise(request.PartyId);
        if (partyId is not null && !PartyIdentifier.IsValid(partyId))
        {
            errors.Add(new("party", "USR-PARTY", $"'{request.PartyId}' is not an EORI or TIN (two-letter country prefix and up to 15 letters or digits)."));
        }

        if (request.Roles.Contains(Roles.Trader) && partyId is null)
        {
            errors.Add(new("party", "USR-PARTY-REQUIRED", "A trader user needs a party (EORI or TIN)."));
        }

        var offices = request.Offices.Select(o => o.Trim().ToUpperInvariant()).Distinct().ToList();
        foreach (var office in offices)
        {
            if (!await db.Offices.AnyAsync(o => o.Code == office, cancellationToken))
            {
                errors.Add(new("office", "USR-OFFICE", $"Unknown customs office '{office}'."));
            }
        }

        var skills = ReadSkills(request.Skills, errors);

        if (errors.Count == 0 && await db.Users.AnyAsync(u => u.UserName == userName, cancellationToken))
        {
            errors.Add(new("user", "USR-EXISTS", $"The user '{userName}' already exists."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow();
        if (partyId is not null && !await db.Parties.AnyAsync(p => p.Id == partyId, cancellationToken))
        {
            var party = new Party { Id = partyId, Name = request.PartyName ?? partyId, CreatedAt = now };
            db.Parties.Add(party);
            db.Audit(new AuditEntry($"party/{partyId}", actor, "party.created", now, null, party));
        }

        var user = new User
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            PasswordHash = "",
            Roles = string.Join(' ', request.Roles.Distinct()),
            PartyId = partyId,
            Offices = string.Join(' ', offices),
            Skills = string.Join(' ', Skills.Ordered(skills)),
            CreatedAt = now,
        };
        user.PasswordHash = Hasher.HashPassword(user, request.Password);
        db.Users.Add(user);
        db.Audit(new AuditEntry($"user/{userName}", actor, "user.created", now, null, new { user.UserName, user.Roles, user.PartyId, user.Offices, user.Skills }));
        await db.SaveChangesAsync(cancellationToken);
        return (user, []);
    }

    /// <summary>Checks a password; after too many failures the account is locked for a while (throttling).</summary>
    public async Task<(SignInOutcome Outcome, User? User)> SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        var now = clock.GetUtcNow();
        if (user is null)
        {
            // Same work as a real check, so timing does not reveal which user names exist.
            Hasher.VerifyHashedPassword(DummyUser, DummyHash, password);
            return (SignInOutcome.WrongCredentials, null);
        }

        if (user.LockedUntil is { } until && until > now)
        {
            return (SignInOutcome.LockedOut, null);
        }

        var result = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            user.FailedSignIns++;
            var auth = options.Value.Auth;
            if (user.FailedSignIns >= auth.MaxFailedSignIns)
            {
                user.LockedUntil = now.AddSeconds(auth.LockoutSeconds);
                user.FailedSignIns = 0;
                db.Audit(new AuditEntry($"user/{user.UserName}", "system", "user.locked-out", now, null, new { user.UserName, user.LockedUntil }));
            }

            await db.SaveChangesAsync(cancellationToken);
            return (SignInOutcome.WrongCredentials, null);
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = Hasher.HashPassword(user, password);
        }

        if (user.FailedSignIns != 0 || user.LockedUntil is not null || result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.FailedSignIns = 0;
            user.LockedUntil = null;
            await db.SaveChangesAsync(cancellationToken);
        }

        return (SignInOutcome.Succeeded, user);
    }

    /// <summary>A user by name, read only (null when there is none).</summary>
    public Task<User?> FindAsync(string userName, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken);

    /// <summary>The skills named (trimmed, lower case, once each); an unknown one is an error on <c>skills</c> (<c>USR-SKILL</c>).</summary>
    private static List<string> ReadSkills(IEnumerable<string> requested, List<RuleViolation> errors)
    {
        var skills = requested.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().ToList();
        foreach (var skill in skills.Where(s => !Skills.IsKnown(s)))
        {
            errors.Add(new("skills", "USR-SKILL", $"Unknown skill '{skill}'. Known skills: {string.Join(", ", Skills.All)}."));
        }

        return skills;
    }

    /// <summary>
    /// Replaces the skills of an existing user, audited as <c>user.skills-changed</c>. Null user when there is no
    /// such user; errors (field <c>skills</c>, rule <c>USR-SKILL</c>) for an unknown skill.
    /// </summary>
    public async Task<(User? User, IReadOnlyList<RuleViolation> Errors)> SetSkillsAsync(string userName, IReadOnlyList<string> requested, string actor, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        var skills = ReadSkills(requested, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        if (user is null)
        {
            return (null, []);
        }

        var before = new { user.UserName, user.Skills };
        user.Skills = string.Join(' ', Skills.Ordered(skills));
        db.Audit(new AuditEntry($"user/{user.UserName}", actor, "user.skills-changed", clock.GetUtcNow(), before, new { user.UserName, user.Skills }));
        await db.SaveChangesAsync(cancellationToken);
        return (user, []);
    }

    public static IEnumerable<Claim> ClaimsOf(User user)
    {
        yield return new Claim(TamgaClaims.UserId, user.Id.ToString());
        yield return new Claim(TamgaClaims.Name, user.UserName);
        foreach (var role in user.RoleList)
        {
            yield return new Claim(TamgaClaims.Role, role);
        }

        if (user.PartyId is not null)
        {
            yield return new Claim(TamgaClaims.Party, user.PartyId);
        }

        foreach (var office in user.OfficeList)
        {
            yield return new Claim(TamgaClaims.Office, office);
        }

        foreach (var skill in user.SkillList)
        {
            yield return new Claim(TamgaClaims.Skill, skill);
        }
    }

    private static readonly User DummyUser = new() { UserName = "-", PasswordHash = "", Roles = "" };

    private static readonly string DummyHash = Hasher.HashPassword(DummyUser, "not-a-password");
}
