using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Tamga.Platform.Web;

namespace Tamga.Host.Components;

/// <summary>The shell's form targets that are not pages: choosing the language and signing out. Both are POST with an anti-forgery token.</summary>
internal static class ShellEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/culture", SetCultureAsync)
            .AllowAnonymous()
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
        endpoints.MapPost("/sign-out", (Delegate)SignOutAsync)
            .AllowAnonymous()
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
    }

    /// <summary>Remembers the chosen language for a year in the <c>.AspNetCore.Culture</c> cookie and goes back to the page.</summary>
    private static async Task<Results<RedirectHttpResult, BadRequest>> SetCultureAsync(HttpContext context, TimeProvider clock)
    {
        if (!AntiforgeryPassed(context))
        {
            return TypedResults.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (UiCulture.Normalise(form["culture"]) is not { } language)
        {
            return TypedResults.BadRequest();
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                Expires = clock.GetUtcNow().AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                Path = "/",
            });
        return TypedResults.Redirect(LocalUrl.OrDefault(form["returnUrl"]));
    }

    private static async Task<Results<RedirectHttpResult, BadRequest>> SignOutAsync(HttpContext context)
    {
        if (!AntiforgeryPassed(context))
        {
            return TypedResults.BadRequest();
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.Redirect("/");
    }

    /// <summary>The anti-forgery middleware checked the form's token (the endpoint requires one).</summary>
    private static bool AntiforgeryPassed(HttpContext context) =>
        context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true };
}
