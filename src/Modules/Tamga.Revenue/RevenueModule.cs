using System.CommandLine;
using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Platform.Modules;
using Tamga.Platform.Web;
using Tamga.Revenue.Accounts;
using Tamga.Revenue.Calculation;
using Tamga.Revenue.DutyCalculator;
using Tamga.Revenue.Quotas;

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
        services.AddDutyCalculation();
        services.AddRevenueAccounting(configuration);
        services.AddQuotaReturns(configuration);
    }

    public Assembly? PagesAssembly => typeof(RevenueModule).Assembly;

    public IEnumerable<NavigationLink> Navigation =>
    [
        new(DutyCalculatorEndpoint.Page, "Nav.Calculator") { Resources = typeof(DutyCalculatorResource), Public = true, Order = 400, DescriptionKey = "Nav.CalculatorDescription" },
        .. RevenueAccounting.Navigation,
    ];

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDutyCalculator();
        endpoints.MapRevenueAccounting();
    }

    public IEnumerable<Command> Commands(CommandHost host)
    {
        yield return AssessCommand.AssessCommand.Create(host);
    }
}
