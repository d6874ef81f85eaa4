using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Data;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Intake;
using Tamga.Declarations.Processing;
using Tamga.Kernel.Errors;

namespace Tamga.Declarations.LodgeDeclaration;

/// <summary>The outcome of lodging, mapped to HTTP by the endpoint.</summary>
internal abstract record LodgeOutcome
{
    /// <summary>Registered (201), or the same body lodged again (200).</summary>
    public sealed record Lodged(Declaration Declaration, bool Created) : LodgeOutcome;

    /// <summary>Unreadable body: 400, nothing stored.</summary>
    public sealed record Malformed(IReadOnlyList<IntakeProblem> Problems) : LodgeOutcome;

    /// <summary>Business rules broken: stored as rejected, 422.</summary>
    public sealed record Rejected(Declaration Declaration, IReadOnlyList<RuleViolation> Violations) : LodgeOutcome;

    /// <summary>The caller is neither the declarant nor its representative: 403.</summary>
    public sealed record NotDeclarant(string Declarant) : LodgeOutcome;

    /// <summary>The same LRN with another body: 409.</summary>
    public sealed record LrnConflict(Declaration Existing) : LodgeOutcome;

    /// <summary>An amendment or cancellation sent as an original: 400.</summary>
    public sealed record WrongKind(DeclarationKind Kind) : LodgeOutcome;
}

/// <summary>
/// Lodges a declaration: reads and validates it, then — in one commit — registers it, assesses risk and
/// duties, routes it, and writes its notifications, audit records and events. The answer comes after that commit.
/// </summary>
internal sealed class LodgeDeclarationHandler(
    DeclarationsDbContext db,
    IDeclarationIntake intake,
    AutomaticProcessing processing,
    DeclarationStore store,
    TimeProvider clock)
{
    public async Task<LodgeOutcome> LodgeAsync(ReadOnlyMemory<byte> body, BodyFormat format, string callerParty, string actor, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var read = intake.Read(body, format, id);
        if (read is IntakeMalformed malformed)
        {
            return new LodgeOutcome.Malformed(malformed.Problems);
        }

        var parsed = (IntakeParsed)read;
        if (parsed.Kind != DeclarationKind.Original)
        {
            return new LodgeOutcome.WrongKind(parsed.Kind);
        }

        var facts = parsed.Facts;
        if (callerParty != facts.DeclarantId && callerParty != facts.RepresentativeId)
        {
            return new LodgeOutcome.NotDeclarant(facts.DeclarantId);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(body.Span));
        if (await FindByLrnAsync(facts.DeclarantId, facts.Lrn, cancellationToken) is { } existing)
        {
            return Resubmitted(existing, hash);
        }

        var now = clock.GetUtcNow();
        var declaration = Declaration.Lodge(id, facts, parsed.ContentJson, hash, now);
        db.Declarations.Add(declaration);
        db.Submissions.Add(new Submission { DeclarationId = id, Version = 1, Format = format.ToString().ToLowerInvariant(), Body = body.ToArray(), ReceivedAt = now });
        if (parsed.Violations.Count > 0)
        {
            declaration.Reject(parsed.Violations, now, actor);
        }
        else
        {
            await processing.RegisterAndRouteAsync(declaration, facts, cancellationToken);
        }

        try
        {
            await store.SaveAsync(declaration, null, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request may have lodged the same LRN at the same moment: then answer as a resubmission.
            if (await FindByLrnAsync(facts.DeclarantId, facts.Lrn, cancellationToken, fresh: true) is { } concurrent)
            {
                return Resubmitted(concurrent, hash);
            }

            throw;
        }

        return parsed.Violations.Count > 0
            ? new LodgeOutcome.Rejected(declaration, parsed.Violations)
            : new LodgeOutcome.Lodged(declaration, Created: true);
    }

    /// <summary>
    /// Reads a body and checks the business rules without storing anything: the web form checks first, so that a
    /// typing mistake is shown next to its field instead of being lodged as a rejected declaration under the LRN.
    /// </summary>
    public IntakeOutcome Check(ReadOnlyMemory<byte> body, BodyFormat format) => intake.Read(body, format, Guid.Empty);

    private static LodgeOutcome Resubmitted(Declaration existing, string hash) =>
        existing.ContentHash == hash ? new LodgeOutcome.Lodged(existing, Created: false) : new LodgeOutcome.LrnConflict(existing);

    private async Task<Declaration?> FindByLrnAsync(string declarant, string lrn, CancellationToken cancellationToken, bool fresh = false)
    {
        if (fresh)
        {
            db.ChangeTracker.Clear();
        }

        return await db.Declarations.AsNoTracking().FirstOrDefaultAsync(d => d.DeclarantId == declarant && d.Lrn == lrn, cancellationToken);
    }
}
