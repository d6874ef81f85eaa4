using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Platform.Modules;

namespace Tamga.Declarations;

/// <summary>Goods declarations: intake (JSON and WCO DEC-DMS XML), registration, lifecycle, control and notifications.</summary>
public sealed class DeclarationsModule : ITamgaModule
{
    public string Name => "declarations";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
