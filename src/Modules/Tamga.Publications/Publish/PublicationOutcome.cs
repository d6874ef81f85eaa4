using Tamga.Kernel.Errors;

namespace Tamga.Publications.Publish;

/// <summary>What a publications operation gives: a value, or broken rules (400/409), or nothing to see (404).</summary>
internal sealed record PublicationOutcome<T>(T? Value, IReadOnlyList<RuleViolation> Errors, int Status)
    where T : class
{
    public bool Succeeded => Value is not null;

    public static PublicationOutcome<T> Ok(T value) => new(value, [], 200);

    public static PublicationOutcome<T> Invalid(IReadOnlyList<RuleViolation> errors) => new(null, errors, 400);

    public static PublicationOutcome<T> NotFound() => new(null, [], 404);

    public static PublicationOutcome<T> Conflict(string field, string rule, string message) => new(null, [new(field, rule, message)], 409);
}
