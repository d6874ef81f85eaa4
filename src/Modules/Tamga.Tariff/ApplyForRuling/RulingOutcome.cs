using Tamga.Kernel.Errors;

namespace Tamga.Tariff.ApplyForRuling;

/// <summary>What a rulings operation gives: a value, or broken rules (400/409/422), or nothing the user may see (404).</summary>
internal sealed record RulingOutcome<T>(T? Value, IReadOnlyList<RuleViolation> Errors, int Status)
    where T : class
{
    public bool Succeeded => Value is not null;

    public static RulingOutcome<T> Ok(T value) => new(value, [], 200);

    public static RulingOutcome<T> Invalid(IReadOnlyList<RuleViolation> errors) => new(null, errors, 400);

    public static RulingOutcome<T> NotFound() => new(null, [], 404);

    /// <summary>The request is well formed but the application is not in a state that allows it.</summary>
    public static RulingOutcome<T> Conflict(string field, string rule, string message) => new(null, [new(field, rule, message)], 409);
}
