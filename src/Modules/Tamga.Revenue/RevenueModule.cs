using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Platform.Modules;

namespace Tamga.Revenue;

/// <summary>
/// Revenue: customs valuation, the calculation of duties, taxes and fees (it implements the declarations
/// module's duty port), payments, deferred accounts, guarantees, refunds and revenue reporting.
/// </summary>
public sealed class RevenueModule : ITamgaModule
{
    public string Name => "revenue";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
