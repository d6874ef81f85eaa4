using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Tamga.Platform.Security;

internal static class AuthenticationSetup
{
    public const string Scheme = "tamga";

    /// <summary>Cookies for people in the web UI, bearer tokens for machines; everything requires a signed-in user unless marked anonymous.</summary>
    public static void AddTamgaAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<TokenIssuer>();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? JwtBearerDefaults.AuthenticationScheme
                        : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "tamga.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/sign-in";
                options.AccessDeniedPath = "/forbidden";
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            })
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
            });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenIssuer, TimeProvider>((options, issuer, clock) =>
            {
                options.TokenValidationParameters = issuer.ValidationParameters();
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new RememberingTokenHandler(clock) { MapInboundClaims = false });
            });
        services.AddAuthorization(options =>
        {
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            Policies.Add(options);
        });
    }

    public static ClaimsPrincipal CookiePrincipal(IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, TamgaClaims.Name, TamgaClaims.Role));

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
