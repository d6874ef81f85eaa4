using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Security;
using Tamga.Revenue.Accounts;
using Tamga.Revenue.Data;

namespace Tamga.Revenue.Guarantees;

/// <summary>Guarantees (finance): accepting an individual or comprehensive guarantee, changing its reference amount or withdrawing it.</summary>
internal sealed class GuaranteeHandler(RevenueDbContext db, Settlement settlement, MoneyRules money, TimeProvider clock)
{
    public static string Stream(Guid id) => $"guarantee/{id}";

    public async Task<RevenueOutcome<Guarantee>> AcceptAsync(ClaimsPrincipal user, string? reference, string? party, string? kind, string? coversLrn, string? currency, decimal? amount, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        MoneyRules.Text(reference, "reference", 24, errors, "REV-GUARANTEE-REFERENCE");
        if (string.IsNullOrWhiteSpace(party) || !Tamga.Kernel.Identifiers.PartyIdentifier.IsValid(party))
        {
            errors.Add(new("party", "REV-PARTY", "The party's EORI or TIN is required."));
        }

        GuaranteeKind? parsed = kind switch
        {
            "individual" => GuaranteeKind.Individual,
            "comprehensive" => GuaranteeKind.Comprehensive,
            _ => null,
        };
        if (parsed is null)
        {
            errors.Add(new("kind", "REV-GUARANTEE-KIND", "The kind is 'individual' or 'comprehensive'."));
        }
        else if (parsed == GuaranteeKind.Individual && (string.IsNullOrWhiteSpace(coversLrn) || coversLrn.Length > 35))
        {
            errors.Add(new("coversLrn", "REV-GUARANTEE-LRN", "An individual guarantee names the LRN of the declaration it covers."));
        }

        money.Currency(currency, "currency", errors);
        money.Amount(amount, "referenceAmount", errors);
        if (errors.Count > 0)
        {
            return new RevenueOutcome<Guarantee>.Invalid(errors);
        }

        if (await db.Guarantees.FirstOrDefaultAsync(g => g.Reference == reference, cancellationToken) is { } known)
        {
            return known.PartyId == party && known.Currency == currency && known.ReferenceAmount == amount
                ? new RevenueOutcome<Guarantee>.Done(known, Replayed: true)
                : new RevenueOutcome<Guarantee>.Refused("REV-GUARANTEE-EXISTS", $"Guarantee {reference} already exists.");
        }

        var now = clock.GetUtcNow();
        var guarantee = new Guarantee
        {
            Id = Guid.CreateVersion7(),
            Reference = reference!.Trim(),
            PartyId = party!,
            Kind = parsed!.Value,
            CoversLrn = parsed == GuaranteeKind.Individual ? coversLrn!.Trim() : null,
            Currency = currency!,
            ReferenceAmount = amount!.Value,
            AcceptedAt = now,
        };
        db.Guarantees.Add(guarantee);
        db.Audit(new AuditEntry(Stream(guarantee.Id), user.Actor(), "guarantee.accepted", now, null, Snapshot(guarantee), $"{guarantee.Kind} {guarantee.ReferenceAmount} {guarantee.Currency} for {guarantee.PartyId}"));

        // Debts of the party waiting for payment are secured by it at once, oldest first.
        var waiting = await db.Debts.Include(d => d.Lines).Where(d => d.PartyId == party && d.Status == DebtStatus.Open && d.Currency == currency).OrderBy(d => d.AssessedAt).ToListAsync(cancellationToken);
        foreach (var debt in waiting.Where(guarantee.Covers))
        {
            await settlement.TrySecureAsync(debt, now, user.Actor(), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RevenueOutcome<Guarantee>.Done(guarantee);
    }

    public async Task<RevenueOutcome<Guarantee>> ChangeAsync(Guid id, ClaimsPrincipal user, decimal? amount, bool? active, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        money.Amount(amount, "referenceAmount", errors);
        if (errors.Count > 0)
        {
            return new RevenueOutcome<Guarantee>.Invalid(errors);
        }

        var guarantee = await db.Guarantees.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (guarantee is null)
        {
            return new RevenueOutcome<Guarantee>.NotFound();
        }

        if (amount < guarantee.Reserved)
        {
            return RevenueOutcome<Guarantee>.Invalid1("referenceAmount", "REV-GUARANTEE-RESERVED", $"The reference amount cannot go below what is reserved ({guarantee.Reserved} {guarantee.Currency}).");
        }

        var before = Snapshot(guarantee);
        guarantee.ReferenceAmount = amount!.Value;
        guarantee.Active = active ?? guarantee.Active;
        db.Audit(new AuditEntry(Stream(guarantee.Id), user.Actor(), "guarantee.changed", clock.GetUtcNow(), before, Snapshot(guarantee), $"reference amount {guarantee.ReferenceAmount}, active {guarantee.Active}"));
        await db.SaveChangesAsync(cancellationToken);
        return new RevenueOutcome<Guarantee>.Done(guarantee);
    }

    private static object Snapshot(Guarantee g) => new { g.Id, g.Reference, g.PartyId, Kind = g.Kind.ToString(), g.CoversLrn, g.Currency, g.ReferenceAmount, g.Reserved, g.Active };
}
