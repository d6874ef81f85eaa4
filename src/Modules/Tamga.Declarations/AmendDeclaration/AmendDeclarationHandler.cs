using System.Security.Claims;
using Tamga.Declarations.CheckRulings;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Intake;
using Tamga.Declarations.Processing;
using Tamga.Kernel.Errors;
using Tamga.Platform.Security;

namespace Tamga.Declarations.AmendDeclaration;

/// <summary>
/// Amendments (the whole declaration again: DEC-DMS function code 13, or JSON) and cancellations by the declarant or
/// its representative, allowed or refused by the declaration's state. Used by the API and the declaration pages.
/// </summary>
internal sealed class AmendDeclarationHandler(DeclarationStore store, IDeclarationIntake intake, AutomaticProcessing processing, CitedRulingCheck rulings, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    /// <summary>Reads the new version, checks it, applies it and routes the declaration again (risk, duties, channel).</summary>
    public async Task<ActionOutcome> AmendAsync(Guid id, ClaimsPrincipal user, ReadOnlyMemory<byte> body, BodyFormat format, CancellationToken cancellationToken)
    {
        var (declaration, refusal) = await FindOwnAsync(id, user, "Only the declarant or its representative amends a declaration.", cancellationToken);
        if (declaration is null)
        {
            return refusal!;
        }

        var read = intake.Read(body, format, id);
        if (read is IntakeMalformed malformed)
        {
            return new ActionOutcome.Malformed(malformed.Problems);
        }

        var parsed = (IntakeParsed)read;
        var violations = parsed.Violations.ToList();
        if (parsed.Facts.DeclarantId != declaration.DeclarantId)
        {
            violations.Add(new RuleViolation("DE 3/18 declarant.id", "DEC-AMEND-DECLARANT", "An amendment cannot change the declarant."));
        }

        if (violations.Count == 0 && parsed.CitedRulings is { Count: > 0 } cited)
        {
            // The rulings the amended declaration cites are checked as at lodging (DEC-R050..R054), on the day the
            // declaration was accepted: an amendment does not move the date of acceptance.
            violations.AddRange(await rulings.CheckAsync(cited, declaration.DeclarantId, AcceptanceDay(declaration), cancellationToken));
        }

        if (violations.Count > 0)
        {
            return new ActionOutcome.Rejected(violations);
        }

        var before = declaration.Snapshot();
        var at = clock.GetUtcNow();
        try
        {
            declaration.Amend(parsed.ContentJson, parsed.Facts, at, user.Actor(), parsed.AmendmentReason ?? "amended by the declarant");
        }
        catch (DeclarationRuleException refused)
        {
            return new ActionOutcome.Refused(refused.Message);
        }

        await processing.RouteAsync(declaration, parsed.Facts, cancellationToken);
        store.Record(declaration, before);
        await store.SaveSubmissionAsync(declaration, format, body, at, cancellationToken);
        return new ActionOutcome.Done(declaration);
    }

    /// <summary>Withdraws the declaration before release; after release only customs can invalidate it.</summary>
    public async Task<ActionOutcome> CancelAsync(Guid id, ClaimsPrincipal user, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxReasonLength)
        {
            return new ActionOutcome.Invalid([new RuleViolation("reason", "DEC-CANCEL-REASON", "A reason of 1 to 500 characters is required.")]);
        }

        var (declaration, refusal) = await FindOwnAsync(id, user, "Only the declarant or its representative cancels a declaration.", cancellationToken);
        if (declaration is null)
        {
            return refusal!;
        }

        var before = declaration.Snapshot();
        try
        {
            declaration.Cancel(reason.Trim(), clock.GetUtcNow(), user.Actor());
        }
        catch (DeclarationRuleException refused)
        {
            return new ActionOutcome.Refused(refused.Message);
        }

        await store.SaveAsync(declaration, before, cancellationToken);
        return new ActionOutcome.Done(declaration);
    }

    /// <summary>The day the declaration was accepted (registered with its MRN).</summary>
    internal static DateOnly AcceptanceDay(Declaration declaration) => DateOnly.FromDateTime((declaration.RegisteredAt ?? declaration.LodgedAt).UtcDateTime);

    /// <summary>Whether the party lodged the declaration (as declarant or representative), and so may amend or cancel it.</summary>
    public static bool IsOwnedBy(Declaration declaration, string? party) =>
        party is not null && (party == declaration.DeclarantId || party == declaration.RepresentativeId);

    private async Task<(Declaration? Declaration, ActionOutcome? Refusal)> FindOwnAsync(Guid id, ClaimsPrincipal user, string forbidden, CancellationToken cancellationToken)
    {
        var declaration = await store.FindAsync(id, cancellationToken);
        var party = user.PartyId();
        if (declaration is null || party is null || !declaration.IsReadableBy(party))
        {
            return (null, ActionOutcome.Missing);
        }

        return IsOwnedBy(declaration, party) ? (declaration, null) : (null, new ActionOutcome.Forbidden(forbidden));
    }
}
