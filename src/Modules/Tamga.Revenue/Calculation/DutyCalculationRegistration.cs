using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;

namespace Tamga.Revenue.Calculation;

/// <summary>Registers valuation and the calculation, and answers the declarations module's duty port with them.</summary>
internal static class DutyCalculationRegistration
{
    public static IServiceCollection AddDutyCalculation(this IServiceCollection services)
    {
        services.AddSingleton<DeclarationAssessor>();
        // Registered after the declarations module: replaces its stand-in (the last registration wins).
        services.AddScoped<IDutyAssessment, DutyAssessmentService>();
        return services;
    }
}
