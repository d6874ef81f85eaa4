using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Revenue.DutyCalculator;

namespace Tamga.Revenue.Calculation;

/// <summary>Registers valuation, the calculation and the duty calculator, and answers the declarations module's duty port with them.</summary>
internal static class DutyCalculationRegistration
{
    public static IServiceCollection AddDutyCalculation(this IServiceCollection services)
    {
        services.AddSingleton<DeclarationAssessor>();
        // Registered after the declarations module: replaces its stand-in (the last registration wins).
        services.AddScoped<IDutyAssessment, DutyAssessmentService>();
        services.AddSingleton<DutyCalculatorHandler>();
        services.AddSingleton<Quotas.QuotaAllocator>();
        return services;
    }
}
