using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Platform.Outbox;

namespace Tamga.Revenue.Quotas;

/// <summary>Registers the life of quota drawings after allocation: confirmation by the declaration's events, returns, the sweep.</summary>
internal static class QuotaRegistration
{
    public static IServiceCollection AddQuotaReturns(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QuotaOptions>().Bind(configuration.GetSection(QuotaOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.SweepInterval < o.ProvisionalTimeout, "Modules:Revenue:Quotas:SweepInterval must be shorter than ProvisionalTimeout.")
            .ValidateOnStart();
        services.AddSingleton<QuotaReturns>();
        services.AddHostedService<QuotaSweep>();
        services.AddIntegrationEventHandler<DeclarationStatusChanged, QuotaDrawingsOnDeclarationStatus>();
        return services;
    }
}
