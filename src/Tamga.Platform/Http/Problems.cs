using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Tamga.Kernel.Errors;

namespace Tamga.Platform.Http;

/// <summary>ProblemDetails answers that name each broken rule with its field and rule code.</summary>
public static class Problems
{
    public static ProblemHttpResult Rules(IEnumerable<RuleViolation> violations, int status = StatusCodes.Status400BadRequest, string? title = null)
    {
        var list = violations.ToList();
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title ?? (status == StatusCodes.Status422UnprocessableEntity ? "The request breaks business rules." : "The request is not valid."),
            Detail = string.Join(" ", list.Take(5).Select(v => $"{v.Field}: {v.Message}")),
            Type = TypeFor(status),
        };
        problem.Extensions["errors"] = list.Select(v => new { field = v.Field, rule = v.Rule, message = v.Message }).ToList();
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult Status(int status, string title, string? detail = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = TypeFor(status) };
        return TypedResults.Problem(problem);
    }

    public static string TypeFor(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        422 => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        _ => "about:blank",
    };
}
