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

    /// <summary>Browsers get HTML pages for errors and statuses without a body; API clients keep ProblemDetails.</summary>
    public static void UseTamgaWebStatusPages(this WebApplication app) =>
        app.UseWhen(
            context => WebRequests.IsPage(context.Request),
            page => page.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true));

    public static void MapTamgaWeb(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<ShellCatalog>();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddAdditionalAssemblies([.. catalog.PageAssemblies]);
        ShellEndpoints.Map(app);
    }
}
