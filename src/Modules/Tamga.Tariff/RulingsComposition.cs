using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Tariff.ApplyForRuling;
using Tamga.Tariff.DecideRulings;
using Tamga.Tariff.PublishedRulings;
using Tamga.Tariff.RecordCourtDecisions;

namespace Tamga.Tariff;

/// <summary>Rulings, inquiries and court decisions: the services and endpoints, added to the module with one call each.</summary>
internal static class RulingsComposition
{
    public static IServiceCollection AddRulings(this IServiceCollection services) =>
        services.AddScoped<ApplicationHandler>().AddScoped<RulingDesk>().AddScoped<RulingRegister>().AddScoped<CourtDecisionDesk>()
            .AddSingleton<Contracts.IRulingCheck, RulingCheck>();

    /// <summary>Under <c>/api/v1/tariff/rulings</c>; every endpoint says who may call it (the register is public).</summary>
    public static void MapRulings(this IEndpointRouteBuilder endpoints)
    {
        var rulings = endpoints.MapGroup(TariffApi.Root + "/rulings").WithTags("Rulings").RequireAuthorization();
        RegisterEndpoints.Map(rulings);
        ApplicationEndpoints.Map(rulings);
        DecisionEndpoints.Map(rulings);
        CourtDecisionEndpoints.Map(endpoints);
    }
}
