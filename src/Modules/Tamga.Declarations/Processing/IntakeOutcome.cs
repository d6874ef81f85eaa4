using Tamga.Declarations.Contracts;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Intake;
using Tamga.Kernel.Errors;

namespace Tamga.Declarations.Processing;

/// <summary>What intake made of a submitted body.</summary>
internal abstract record IntakeOutcome;

/// <summary>The body cannot be read as a declaration: 400, nothing stored.</summary>
internal sealed record IntakeMalformed(IReadOnlyList<IntakeProblem> Problems) : IntakeOutcome;

/// <summary>Read; business rules were checked (violations may be empty).</summary>
internal sealed record IntakeParsed(
    DeclarationKind Kind,
    string ContentJson,
    DeclarationFacts Facts,
    IReadOnlyList<RuleViolation> Violations,
    string? AmendmentReason,
    IReadOnlyList<CitedRuling>? CitedRulings = null) : IntakeOutcome;
