using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.AmendDeclaration;
using Tamga.Declarations.Callbacks;
using Tamga.Declarations.CheckRulings;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Control;
using Tamga.Declarations.Data;
using Tamga.Declarations.Intake;
using Tamga.Declarations.LodgeDeclaration;
using Tamga.Declarations.Notifications;
using Tamga.Declarations.Processing;
using Tamga.Declarations.ReadDeclarations;
using Tamga.Declarations.ReassessOpenDeclarations;
using Tamga.Declarations.ReleaseOnPayment;
using Tamga.Declarations.Selectivity;
using Tamga.Platform.Modules;
using Tamga.Platform.Organisation;
using Tamga.Platform.Outbox;
using Tamga.Platform.Persistence;
using Tamga.Platform.Web;
using Tamga.Revenue.Contracts;
using Tamga.Risk.Contracts;

namespace Tamga.Declarations;

/// <summary>Goods declarations: intake (JSON and WCO DEC-DMS XML), registration, lifecycle, control and notifications.</summary>
public sealed class DeclarationsModule : ITamgaModule
{
    public string Name => "declarations";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeclarationsOptions>().Bind(configuration.GetSection(DeclarationsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddModuleDatabase<DeclarationsDbContext, SqliteDeclarationsDbContext, PostgresDeclarationsDbContext>(DeclarationsDbContext.Tables);
        services.AddSingleton<IDeclarationIntake, DeclarationIntake>();
        services.AddScoped<DeclarationStore>();
        services.AddScoped<DeclarationAccess>();
        services.AddScoped<AutomaticProcessing>();
        services.AddScoped<LodgeDeclarationHandler>();
        services.AddSingleton<CitedRulingCheck>();
        services.AddScoped<DeclarationQueries>();
        services.AddScoped<WorkQueue>();
        services.AddScoped<ControlHandler>();
        services.AddScoped<AmendDeclarationHandler>();
        services.AddSingleton<LodgingWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<LodgingWriter>());

        // Ports: the Risk and Revenue modules register their own implementations after this module.
        services.AddScoped<IRiskAssessment, ExplicitCriteriaSelectivity>();
        services.AddScoped<IDutyAssessment, DutiesNotAssessed>();
        services.AddSingleton<IDeclarationDocuments, DeclarationDocuments>();

        services.AddIntegrationEvent<DeclarationStatusChanged>();
        services.AddIntegrationEvent<DeclarationNotificationIssued>();
        services.AddIntegrationEvent<ControlResultRecorded>();
        services.AddIntegrationEventHandler<DeclarationNotificationIssued, NotificationPushScheduler>();
        services.AddIntegrationEventHandler<RiskCriteriaChanged, ReassessOnRiskChange>();
        services.AddIntegrationEvent<DutiesAssessed>();
        services.AddIntegrationEventHandler<DutiesPaidOrSecured, DutiesPaidOrSecuredHandler>();
        services.AddSingleton<CallbackSignal>();
        services.AddHttpClient(CallbackDeliverer.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<CallbackDeliverer>();
    }

    public Assembly? PagesAssembly => typeof(DeclarationsModule).Assembly;

    public IEnumerable<NavigationLink> Navigation =>
    [
        new(DeclarationPages.MyDeclarations, "Nav.MyDeclarations") { Resources = typeof(DeclarationsResource), Roles = [Roles.Trader], Order = 200, DescriptionKey = "Nav.MyDeclarationsDescription" },
        new(DeclarationPages.Lodge, "Nav.Lodge") { Resources = typeof(DeclarationsResource), Roles = [Roles.Trader], Order = 210, DescriptionKey = "Nav.LodgeDescription" },
        new(DeclarationPages.WorkQueue, "Nav.WorkQueue") { Resources = typeof(DeclarationsResource), Roles = [Roles.Officer, Roles.Supervisor], Order = 220, DescriptionKey = "Nav.WorkQueueDescription" },
    ];

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var declarations = endpoints.MapGroup(DeclarationsApi.Declarations).WithTags("Declarations");
        LodgeDeclarationEndpoint.Map(declarations);
        ReadDeclarationsEndpoints.Map(declarations);
        NotificationEndpoints.Map(declarations);
        AmendAndCancelEndpoints.Map(declarations);
        ControlEndpoints.Map(endpoints, declarations);
        CallbackEndpoints.Map(endpoints);
    }
}
