using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tamga.Platform.Audit;
using Tamga.Platform.Data;

namespace Tamga.Platform.Organisation;

/// <summary>
/// What a fresh installation gets so that people can try Tamga: a demonstration office register (no open
/// register of customs offices exists; import the real one with <c>import-reference --offices</c>) and
/// demonstration users whose passwords are published in the README — change or remove them in production
/// (<c>Tamga__SeedDemoUsers=false</c>).
/// </summary>
public static class DemonstrationData
{
    public static readonly IReadOnlyList<Office> Offices =
    [
        new() { Code = "ZZ000001", Name = "Demonstration clearance centre (not a real office)", CountryCode = "ZZ", Demonstration = true },
        new() { Code = "ZZ000002", Name = "Demonstration port office (not a real office)", CountryCode = "ZZ", SupervisingOfficeCode = "ZZ000001", Demonstration = true },
        new() { Code = "ZZ000003", Name = "Demonstration airport office (not a real office)", CountryCode = "ZZ", SupervisingOfficeCode = "ZZ000001", Demonstration = true },
    ];

    /// <summary>User name, password, roles, party, offices (and the officers' skills).</summary>
    public static readonly IReadOnlyList<NewUser> Users =
    [
        new("trader", "trader-demo", ["trader"], "GB553202734852", [], "Demonstration importer"),
        new("broker", "broker-demo", ["trader"], "GB603202734852", [], "Demonstration customs broker"),
        new("officer", "officer-demo", ["officer"], null, ["ZZ000001"]) { Skills = [Skills.Documentary, Skills.Physical] },
        new("supervisor", "supervisor-demo", ["supervisor", "officer"], null, ["ZZ000001"]) { Skills = Skills.All },
        new("analyst", "analyst-demo", ["analyst"], null, ["ZZ000001"]),
        new("finance", "finance-demo", ["finance"], null, []),
        new("agency", "agency-demo", ["agency"], null, []),
        new("auditor", "auditor-demo", ["auditor"], null, []),
        new("admin", "admin-demo", ["admin"], null, []),
    ];

    public static async Task SeedOfficesAsync(PlatformDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Offices.AnyAsync(cancellationToken))
        {
            return;
        }

        db.Offices.AddRange(Offices.Select(o => new Office { Code = o.Code, Name = o.Name, CountryCode = o.CountryCode, SupervisingOfficeCode = o.SupervisingOfficeCode, Demonstration = true }));
        db.Audit(new AuditEntry("office-register", "system", "offices.demonstration-loaded", clock.GetUtcNow(), null, Offices.Select(o => o.Code).ToList()));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task SeedUsersAsync(UserDirectory users, PlatformDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var user in Users)
        {
            var (_, errors) = await users.AddAsync(user, "system", cancellationToken);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Demonstration user {user.UserName}: {errors[0].Message}");
            }
        }

        // Their passwords are published in the README; nothing secret is logged.
        logger.LogWarning(
            "Demonstration users created: {Users} (passwords in the README: user name + \"-demo\"). Disable with Tamga__SeedDemoUsers=false.",
            string.Join(", ", Users.Select(u => u.UserName)));
    }
}
