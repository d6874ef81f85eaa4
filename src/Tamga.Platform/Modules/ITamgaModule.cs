using System.CommandLine;
using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Platform.Web;

namespace Tamga.Platform.Modules;

/// <summary>
/// A business module as the host sees it: its services, its endpoints, its pages, its command-line verbs and
/// its first-start work. The host registers each module with one call and knows nothing else about it.
/// </summary>
public interface ITamgaModule
{
    /// <summary>Short name, used in logs, options (<c>Modules:&lt;Name&gt;</c>) and the audit report.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>
    /// The assembly holding the module's routable Razor components (<c>@page</c>); the web shell routes to them
    /// and maps them as endpoints. Null when the module has no pages.
    /// </summary>
    Assembly? PagesAssembly => null;

    /// <summary>Links the module adds to the main navigation; each is shown only to the users it names.</summary>
    IEnumerable<NavigationLink> Navigation => [];

    /// <summary>Command-line verbs of the module; their actions start the same host through <paramref name="host"/>.</summary>
    IEnumerable<Command> Commands(CommandHost host) => [];

    /// <summary>Runs after the databases are migrated, before the host serves: e.g. loads reference data.</summary>
    Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Gives a command-line verb the host's services, with the database created and migrated.</summary>
public sealed class CommandHost(Func<CancellationToken, Task<IServiceProvider>> start)
{
    public Task<IServiceProvider> StartAsync(CancellationToken cancellationToken) => start(cancellationToken);
}
