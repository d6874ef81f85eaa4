using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Http;
using Tamga.Platform.Organisation;
using Tamga.Platform.Security;
using Tamga.Risk.Data;

namespace Tamga.Risk.Capacity;

public sealed record CapacityRequest(int? PhysicalPerDay, int? DocumentaryPerDay);

/// <summary>Inspection capacity per office: analysts and supervisors read today's use, supervisors set it (audited).</summary>
internal static class CapacityEndpoints
{
    public const string Capacity = "/api/v1/risk/capacity";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Capacity).WithTags("Risk capacity").RequireAuthorization(p => p.RequireRole(Roles.Analyst, Roles.Supervisor));
        group.MapGet("/", Today).WithSummary("Each office's daily capacity of physical examinations and documentary checks, and how much of it today's selections use.");
        group.MapPut("/{office}", Set).RequireAuthorization(p => p.RequireRole(Roles.Supervisor))
            .WithSummary("Sets an office's daily capacity (null: no limit); selections by the score beyond it are lowered.");
    }

    private static IResult Today(CapacityLedger ledger, TimeProvider clock) =>
        TypedResults.Ok(new { items = ledger.Today(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) });

    private static async Task<IResult> Set(string office, CapacityRequest? body, ClaimsPrincipal user, RiskDbContext db, CapacityLedger ledger, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        office = office.Trim().ToUpperInvariant();
        if (office.Length is < 2 or > 35 || !office.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add(new RuleViolation("office", "RISK-CAPACITY-OFFICE", "The office is its reference number (2 to 35 letters and digits), e.g. GBLHR001."));
        }

        if (body is null)
        {
            errors.Add(new RuleViolation("body", "RISK-CAPACITY-BODY", "A JSON body with physicalPerDay and documentaryPerDay is required."));
        }
        else
        {
            if (body.PhysicalPerDay is < 0 or > 1_000_000)
            {
                errors.Add(new RuleViolation("physicalPerDay", "RISK-CAPACITY-NUMBER", "The daily capacity is 0 to 1,000,000, or null for no limit."));
            }

            if (body.DocumentaryPerDay is < 0 or > 1_000_000)
            {
                errors.Add(new RuleViolation("documentaryPerDay", "RISK-CAPACITY-NUMBER", "The daily capacity is 0 to 1,000,000, or null for no limit."));
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var row = await SetAsync(office, body!.PhysicalPerDay, body.DocumentaryPerDay, user.Actor(), db, ledger, clock, ct);
        return TypedResults.Ok(row.View());
    }

    /// <summary>Sets a checked office's capacity (audited) and puts it in force at once.</summary>
    public static async Task<OfficeCapacity> SetAsync(string office, int? physicalPerDay, int? documentaryPerDay, string actor, RiskDbContext db, CapacityLedger ledger, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var row = await db.OfficeCapacities.FirstOrDefaultAsync(c => c.Office == office, ct);
        var before = row?.View();
        if (row is null)
        {
            row = new OfficeCapacity { Office = office };
            db.OfficeCapacities.Add(row);
        }

        row.PhysicalPerDay = physicalPerDay;
        row.DocumentaryPerDay = documentaryPerDay;
        row.SetBy = actor;
        row.SetAt = now;
        db.Audit(new AuditEntry($"risk-capacity/{office}", actor, "risk-capacity.set", now, before, row.View(),
            $"capacity of office {office}: {row.PhysicalPerDay?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no limit"} physical, {row.DocumentaryPerDay?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no limit"} documentary per day"));
        await db.SaveChangesAsync(ct);
        ledger.Use(await db.OfficeCapacities.AsNoTracking().ToListAsync(ct));
        return row;
    }
}
