using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Tamga.Platform.Web;

namespace Tamga.Platform.Http;

/// <summary>
/// The one place where exceptions become ProblemDetails: client mistakes (unreadable bodies, bodies too
/// large, bad JSON) get 4xx naming the cause; concurrent edits get 409; anything else is a bug: 500, logged.
/// Browsers asking for a page are left to the host's HTML error page.
/// </summary>
internal sealed class TamgaExceptionHandler(IProblemDetailsService problems, ILogger<TamgaExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (WebRequests.IsPage(httpContext.Request))
        {
            // The exception handler middleware logs it and re-executes the request as the /error page.
            return false;
        }

        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad when bad.InnerException is JsonException json =>
                (bad.StatusCode, "The request body is not valid JSON.", JsonDetail(json)),
            BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request is not valid.", bad.Message),
            JsonException json => (StatusCodes.Status400BadRequest, "The request body is not valid JSON.", JsonDetail(json)),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "The record was changed by someone else at the same time.", "Read it again and retry."),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "The client closed the request.", null),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred.", "The error was logged with the trace identifier."),
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = Problems.TypeFor(status) };
        problem.Extensions["traceId"] = httpContext.TraceIdentifier;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static string JsonDetail(JsonException json) =>
        $"{json.Message.Split(" Path:", 2)[0]} (path '{json.Path}', line {json.LineNumber + 1}, position {json.BytePositionInLine + 1}).";
}
