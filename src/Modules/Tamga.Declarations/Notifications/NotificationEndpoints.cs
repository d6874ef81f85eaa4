using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamga.Declarations.Processing;
using Tamga.Declarations.ReadDeclarations;
using Tamga.Platform.Http;

namespace Tamga.Declarations.Notifications;

internal static class NotificationEndpoints
{
    public static void Map(RouteGroupBuilder declarations) =>
        declarations.MapGet("/{id:guid}/notifications", List)
            .WithSummary("The declaration's DMS notifications in order: JSON, or WCO RES-DMS XML with Accept: application/xml.");

    private static async Task<IResult> List(Guid id, HttpRequest request, ClaimsPrincipal user, DeclarationStore store, DeclarationAccess access, CancellationToken ct)
    {
        var declaration = await store.FindAsync(id, ct);
        var scope = await access.ScopeAsync(user, ct);
        if (declaration is null || !scope.CanRead(declaration))
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such declaration.");
        }

        var notifications = declaration.Notifications.OrderBy(n => n.Sequence).ToList();
        var accept = request.Headers.Accept.ToString();
        if (accept.Contains("application/xml", StringComparison.OrdinalIgnoreCase) || accept.Contains("text/xml", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Text(NotificationXml.Write(declaration, notifications), "application/xml; charset=utf-8");
        }

        return TypedResults.Ok(notifications.Select(DeclarationViews.Notification).ToList());
    }
}
