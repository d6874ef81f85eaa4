using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Platform.Organisation;
using Tamga.Platform.Outbox;
using Tamga.Platform.Persistence;
using Tamga.Platform.Web;
using Tamga.Revenue.Contracts;
using Tamga.Revenue.Data;
using Tamga.Revenue.Guarantees;
using Tamga.Revenue.Ledger;
using Tamga.Revenue.Payments;
using Tamga.Revenue.Refunds;
using Tamga.Revenue.Reports;

namespace Tamga.Revenue.Accounts;

/// <summary>Registration of revenue accounting: ledger, debts, payments, deferred accounts, guarantees, refunds, reports.</summary>
internal static class RevenueAccounting
{
    public static IServiceCollection AddRevenueAccounting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PaymentOptions>().Bind(configuration.GetSection(PaymentOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.Gateway == SandboxPaymentGateway.GatewayName, "Modules:Revenue:Payments:Gateway: the only gateway shipped is 'sandbox'.")
            .ValidateOnStart();
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.Section));
        services.AddModuleDatabase<RevenueDbContext, SqliteRevenueDbContext, PostgresRevenueDbContext>(RevenueDbContext.Tables);
        services.AddScoped<LedgerBook>();
        services.AddScoped<Settlement>();
        services.AddScoped<MoneyRules>();
        services.AddScoped<AccountQueries>();
        services.AddScoped<PaymentHandler>();
        services.AddScoped<DeferredAccountHandler>();
        services.AddScoped<GuaranteeHandler>();
        services.AddScoped<RefundHandler>();
        services.AddScoped<RevenueReports>();

        // The sandbox bank: a test gateway answering by signed callbacks. A real bank's adapter replaces these two lines.
        services.AddSingleton<SandboxBank>();
        services.AddHostedService(sp => sp.GetRequiredService<SandboxBank>());
        services.AddScoped<IPaymentGateway, SandboxPaymentGateway>();

        services.AddIntegrationEvent<DutiesPaidOrSecured>();
        services.AddIntegrationEventHandler<DutiesAssessed, DutiesAssessedHandler>();
        services.AddIntegrationEventHandler<DeclarationStatusChanged, DeclarationCancelledHandler>();
        return services;
    }

    /// <summary>The accounting screens in the main navigation: the trader's account, finance's reconciliation.</summary>
    public static IReadOnlyList<NavigationLink> Navigation { get; } =
    [
        new(RevenuePages.MyAccount, "Nav.MyAccount") { Resources = typeof(RevenueAccountingResource), Roles = [Roles.Trader], Order = 230, DescriptionKey = "Nav.MyAccountDescription" },
        new(RevenuePages.Finance, "Nav.Finance") { Resources = typeof(RevenueAccountingResource), Roles = [Roles.Finance, Roles.Officer, Roles.Supervisor], Order = 240, DescriptionKey = "Nav.FinanceDescription" },
    ];

    public static IEndpointRouteBuilder MapRevenueAccounting(this IEndpointRouteBuilder endpoints)
    {
        var revenue = endpoints.MapGroup(RevenueApi.Root).WithTags("Revenue");
        AccountEndpoints.Map(revenue);
        PaymentEndpoints.Map(revenue);
        GuaranteeEndpoints.Map(revenue);
        RefundEndpoints.Map(revenue);
        ReportEndpoints.Map(revenue);
        return endpoints;
    }
}
