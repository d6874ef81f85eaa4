using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Tamga.Host.Components;
using Tamga.Platform;
using Tamga.Platform.Http;
using Tamga.Platform.Modules;
using Tamga.Platform.Persistence;

namespace Tamga.Host;

/// <summary>Composes the host from the modules, for serving or for one command-line verb.</summary>
internal static class TamgaApplication
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static async Task<int> RunAsync(string[] args, IReadOnlyList<ITamgaModule> modules)
    {
        if (TamgaCommandLine.IsCommand(args, modules))
        {
            return await TamgaCommandLine.RunAsync(args, modules);
        }

        var app = Build(args, modules, commandLine: false);
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args, IReadOnlyList<ITamgaModule> modules, bool commandLine)
    {
        var contentRootGiven = args.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = contentRootGiven ? null : AppContext.BaseDirectory,
        });

        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });
        if (commandLine)
        {
            // Verbs print results on stdout; logs go to stderr.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var services = builder.Services;
        services.AddOptions<TamgaOptions>().Bind(builder.Configuration.GetSection(TamgaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddExceptionHandler<TamgaExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new SafeStringConverter());
            o.SerializerOptions.MaxDepth = 64;
        });
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        var maxBody = builder.Configuration.GetValue<long?>($"{TamgaOptions.Section}:{nameof(TamgaOptions.MaxRequestBodyBytes)}") ?? new TamgaOptions().MaxRequestBodyBytes;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxBody);

        services.AddSingleton(modules);
        services.AddHostedService<ModuleStartup>();
        foreach (var module in modules)
        {
            module.AddServices(services, builder.Configuration);
        }

        builder.AddTamgaWeb(modules);

        var app = builder.Build();
        // API errors become ProblemDetails (TamgaExceptionHandler); page errors are re-executed as the /error page.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", CreateScopeForErrors = true });
        app.UseStatusCodePages();
        app.UseTamgaWebStatusPages();
        app.Use(SecurityHeaders);
        app.Use((context, next) => RejectOversizedBody(context, next, maxBody));
        // Routing after the status pages, so that a re-executed request is routed again.
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api").AllowAnonymous();
        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }

        app.MapTamgaWeb();
        return app;
    }

    /// <summary>Creates and migrates the database, then lets each module do its first-start work (reference data, demo users).</summary>
    public static async Task StartModulesAsync(IServiceProvider services, IReadOnlyList<ITamgaModule> modules, CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IOptions<TamgaOptions>>().Value;
        await DatabaseInitializer.MigrateAsync(services, cancellationToken);
        foreach (var module in modules)
        {
            await module.StartAsync(services, cancellationToken);
        }
    }

    /// <summary>Answers 413 before reading a body whose declared length is over the limit (Kestrel also stops longer chunked bodies).</summary>
    private static Task RejectOversizedBody(HttpContext context, Func<Task> next, long maxBody)
    {
        if (context.Request.ContentLength > maxBody)
        {
            throw new BadHttpRequestException($"The request body is larger than {maxBody} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        return next();
    }

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            // Pages use only their own styles and scripts (the API reference under /api brings its own).
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        }

        return next();
    }
}
