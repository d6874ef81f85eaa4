using Microsoft.AspNetCore.Http;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;

namespace Tamga.Revenue.Accounts;

/// <summary>The outcome of a money operation, shared by the API (mapped to a status) and the pages.</summary>
internal abstract record RevenueOutcome<T>
{
    /// <summary>Done: 200 (or 201/202 as the endpoint says), or the same answer again for a replayed request.</summary>
    public sealed record Done(T Value, bool Replayed = false) : RevenueOutcome<T>;

    /// <summary>The request's fields are wrong: 400 naming each field and rule.</summary>
    public sealed record Invalid(IReadOnlyList<RuleViolation> Violations) : RevenueOutcome<T>;

    /// <summary>No such record, or not the caller's: 404.</summary>
    public sealed record NotFound : RevenueOutcome<T>;

    /// <summary>The state does not allow it (already paid, payment in progress, four eyes): 409 with the rule.</summary>
    public sealed record Refused(string Rule, string Message) : RevenueOutcome<T>;

    public static RevenueOutcome<T> Invalid1(string field, string rule, string message) => new Invalid([new RuleViolation(field, rule, message)]);

    /// <summary>The ProblemDetails answer of an outcome that is not <see cref="Done"/>.</summary>
    public IResult Problem() => this switch
    {
        Invalid invalid => Problems.Rules(invalid.Violations),
        NotFound => Problems.Status(StatusCodes.Status404NotFound, "Not found."),
        Refused refused => Problems.Rules([new RuleViolation("", refused.Rule, refused.Message)], StatusCodes.Status409Conflict, "The operation is not allowed in the current state."),
        _ => throw new InvalidOperationException("A done outcome has no problem."),
    };
}
