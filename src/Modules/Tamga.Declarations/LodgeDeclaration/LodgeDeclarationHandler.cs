using System.Security.Cryptography;
using Tamga.Declarations.CheckRulings;
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
/// Lodges a declaration: reads and validates it, registers it, assesses risk and duties and routes it — all in
/// memory, concurrently with other requests — then hands it to the <see cref="LodgingWriter"/>, which commits it
/// with its notifications, audit records and events (in a group commit). The answer comes after that commit.
/// </summary>
internal sealed class LodgeDeclarationHandler(
    IDeclarationIntake intake,
    AutomaticProcessing processing,
    LodgingWriter writer,
    CitedRulingCheck rulings,
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

        // No look-up of the LRN here: the writer relies on the unique index, and answers a resubmission (200) or a
        // conflict (409) when the LRN is already registered.
        var hash = Convert.ToHexStringLower(SHA256.HashData(body.Span));
        var now = clock.GetUtcNow();
        var violations = parsed.Violations;
        if (violations.Count == 0 && parsed.CitedRulings is { Count: > 0 } cited)
        {
            // A cited binding ruling must hold on the day of acceptance, for the declared code and for the declarant.
            violations = await rulings.CheckAsync(cited, facts.DeclarantId, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        }

        var declaration = Declaration.Lodge(id, facts, parsed.ContentJson, hash, now);
        var submission = new Submission { DeclarationId = id, Version = 1, Format = format.ToString().ToLowerInvariant(), Body = body.ToArray(), ReceivedAt = now };
        LodgeOutcome outcome;
        if (violations.Count > 0)
        {
            declaration.Reject(violations, now, actor);
            outcome = new LodgeOutcome.Rejected(declaration, violations);
        }
        else
        {
            await processing.RegisterAndRouteAsync(declaration, facts, cancellationToken);
            outcome = new LodgeOutcome.Lodged(declaration, Created: true);
        }

        var pending = new PendingLodging(declaration, submission, hash, outcome);
        declaration.ClearChanges();

        // Not cancelled with the request: once queued, the lodging is written whether or not the caller still waits.
        return await writer.LodgeAsync(pending);
    }

    /// <summary>
    /// Reads a body and checks the business rules without storing anything: the web form checks first, so that a
    /// typing mistake is shown next to its field instead of being lodged as a rejected declaration under the LRN.
    /// </summary>
    public IntakeOutcome Check(ReadOnlyMemory<byte> body, BodyFormat format) => intake.Read(body, format, Guid.Empty);
}
