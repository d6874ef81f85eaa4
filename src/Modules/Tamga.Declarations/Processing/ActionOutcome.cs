using Tamga.Declarations.Domain;
using Tamga.Declarations.Intake;
using Tamga.Kernel.Errors;

namespace Tamga.Declarations.Processing;

/// <summary>
/// The outcome of an action on a lodged declaration (control, documents, amendment, cancellation), shared by the
/// API endpoints (which map it to a status) and the pages (which show it next to the form).
/// </summary>
internal abstract record ActionOutcome
{
    /// <summary>Applied and saved: 200 with the declaration.</summary>
    public sealed record Done(Declaration Declaration) : ActionOutcome;

    /// <summary>The request's own fields are wrong: 400, naming each field.</summary>
    public sealed record Invalid(IReadOnlyList<RuleViolation> Violations) : ActionOutcome;

    /// <summary>No such declaration, or the caller may not act on it: 404.</summary>
    public sealed record NotFound : ActionOutcome;

    /// <summary>The caller sees the declaration but may not do this: 403.</summary>
    public sealed record Forbidden(string Message) : ActionOutcome;

    /// <summary>The lifecycle does not allow it in the declaration's state: 409, with the rule's reason.</summary>
    public sealed record Refused(string Message) : ActionOutcome;

    /// <summary>An amendment body that cannot be read: 400 with line, column and element.</summary>
    public sealed record Malformed(IReadOnlyList<IntakeProblem> Problems) : ActionOutcome;

    /// <summary>An amendment that breaks business rules: 422, nothing applied.</summary>
    public sealed record Rejected(IReadOnlyList<RuleViolation> Violations) : ActionOutcome;

    public static readonly NotFound Missing = new();
}
