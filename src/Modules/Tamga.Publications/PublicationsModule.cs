using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tamga.Platform.Modules;
using Tamga.Platform.Organisation;
using Tamga.Platform.Outbox;
using Tamga.Platform.Persistence;
using Tamga.Platform.Web;
using Tamga.Publications.Contracts;
using Tamga.Publications.Data;
using Tamga.Publications.ExchangeRates;
using Tamga.Publications.Newsletter;
using Tamga.Publications.Publish;
using Tamga.Publications.Search;
using Tamga.Publications.Seed;

namespace Tamga.Publications;

/// <summary>
/// Publications: regulations of every agency, trade agreements, commentaries, border instructions, exchange rates
/// and forms, versioned, effective-dated and signed on publication; and the newsletter that announces them.
/// </summary>
public sealed class PublicationsModule : ITamgaModule
{
    public string Name => "publications";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<PublicationsDbContext, SqlitePublicationsDbContext, PostgresPublicationsDbContext>(PublicationsDbContext.Tables);
        var newsletter = new NewsletterOptions();
        configuration.GetSection("Tamga:Newsletter").Bind(newsletter);
        services.AddSingleton(newsletter);
        services.AddScoped<PublicationDesk>();
        services.AddScoped<PublicationRegister>();
        services.AddScoped<NewsletterDesk>();
        services.AddScoped<SeededPublications>();
        services.AddSingleton<IMailSender, EmlFileMailSender>();
        services.AddSingleton<IPublishedExchangeRates, PublishedExchangeRates>();
        services.AddIntegrationEvent<PublicationPublished>();
        services.AddIntegrationEvent<NewsletterNotificationDue>();
        services.AddIntegrationEvent<SubscriptionConfirmationDue>();
        services.AddIntegrationEventHandler<NewsletterNotificationDue, NewsletterMailer>();
        services.AddIntegrationEventHandler<SubscriptionConfirmationDue, NewsletterMailer>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        PublicationEndpoints.Map(endpoints);
        NewsletterEndpoints.Map(endpoints);
    }

    public Assembly? PagesAssembly => typeof(PublicationsModule).Assembly;

    public IEnumerable<NavigationLink> Navigation =>
    [
        new(PublicationsApi.Page, "Nav.Publications") { Resources = typeof(PublicationsResource), DescriptionKey = "Nav.PublicationsDescription", Public = true, Order = 330 },
        new(PublicationsApi.SubscribePage, "Nav.Newsletter") { Resources = typeof(PublicationsResource), DescriptionKey = "Nav.NewsletterDescription", Public = true, Order = 340 },
        new(PublicationsApi.ManagePage, "Nav.Manage") { Resources = typeof(PublicationsResource), DescriptionKey = "Nav.ManageDescription", Roles = [Roles.Officer, Roles.Supervisor], Order = 245 },
    ];

    public async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var seeded = await scope.ServiceProvider.GetRequiredService<SeededPublications>().SeedAsync(cancellationToken);
        if (seeded > 0)
        {
            scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Tamga.Publications").LogInformation("Publications: {Count} public documents published from their sources", seeded);
        }
    }
}

/// <summary>Marker of the module's screen strings (<c>PublicationsResource*.resx</c> beside this file).</summary>
internal sealed class PublicationsResource;
