using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Tamga.Platform.Modules;
using Tamga.Platform.Web;

namespace Tamga.Host.Components;

/// <summary>
/// The web UI: Razor components rendered on the server (static rendering, no interactivity yet), the modules'
/// pages and links, three languages, HTML error pages for browsers.
/// </summary>
internal static class WebShell
{
    public static void AddTamgaWeb(this WebApplicationBuilder builder, IReadOnlyList<ITamgaModule> modules)
    {
        if (!builder.Environment.IsDevelopment())
        {
            // The build output (bin/…) has no wwwroot of its own: its static web assets manifest points at the
            // project folders. Development does this by itself; published output has no manifest and this does nothing.
            builder.WebHost.UseStaticWebAssets();
        }

        var services = builder.Services;
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddLocalization();
        services.AddSingleton(new ShellCatalog(modules));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var codes = UiCulture.Codes.ToArray();
            options.SetDefaultCulture(UiCulture.Default).AddSupportedCultures(codes).AddSupportedUICultures(codes);
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
    }

    /// <summary>
    /// Browsers get HTML pages for errors and statuses without a body; API clients keep ProblemDetails.
    /// Goes before routing, so that the re-executed request is routed to the error page.
    /// </summary>
    public static void UseTamgaWebStatusPages(this WebApplication app)
    {
        app.UseWhen(
            context => WebRequests.IsPage(context.Request),
            page =>
            {
                page.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
                page.Use(EmptyStatusBodies);
            });
        app.Use(ErrorPagesAsGet);
    }

    /// <summary>
    /// Some answers carry a content type but no body, e.g. Blazor's 400 for a form posted without a valid
    /// anti-forgery token (an expired page): the status page may then fill the body.
    /// </summary>
    private static async Task EmptyStatusBodies(HttpContext context, Func<Task> next)
    {
        await next();
        if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && context.Response.ContentLength is null or 0)
        {
            context.Response.ContentType = null;
        }
    }

    /// <summary>
    /// A failed form post is re-executed as its error page: render that page as a GET, without the failed post's
    /// anti-forgery verdict (which would otherwise fail the error page too).
    /// </summary>
    private static Task ErrorPagesAsGet(HttpContext context, Func<Task> next)
    {
        if (!HttpMethods.IsGet(context.Request.Method)
            && (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null))
        {
            context.Request.Method = HttpMethods.Get;
            context.Features.Set<IAntiforgeryValidationFeature>(null);
        }

        return next();
    }

    public static void MapTamgaWeb(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<ShellCatalog>();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddAdditionalAssemblies([.. catalog.PageAssemblies]);
        ShellEndpoints.Map(app);
    }
}
