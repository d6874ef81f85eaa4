using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Platform.Outbox;

namespace Tamga.Host.Tests.Platform;

/// <summary>
/// A batch of the outbox holds events of several types. The handlers of one type that can sort a batch in one
/// look keep that benefit even when the batch also holds a type whose handlers cannot sort.
/// </summary>
public sealed class OutboxSortingTests(OutboxSortingTests.Factory factory) : IClassFixture<OutboxSortingTests.Factory>
{
    [Fact]
    public async Task EventsAHandlerSortsOut_AreNotDelivered_EvenBesideEventsOfAnUnsortedType()
    {
        using var trader = await factory.ClientForAsync("trader");
        var (response, _) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("SORTED-0001"));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!factory.Calls.Statuses.Contains("Released") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        // The lodging's status changes (registered, released) reached the handler that cannot sort...
        Assert.Contains("Released", factory.Calls.Statuses);
        // ...its notifications were offered to the sorting handler in one look, and none was handed over one by one.
        Assert.NotEmpty(factory.Calls.Sorted);
        Assert.Empty(factory.Calls.Handled);
    }

    public sealed class Calls
    {
        public ConcurrentQueue<string> Statuses { get; } = new();

        public ConcurrentQueue<Guid> Sorted { get; } = new();

        public ConcurrentQueue<Guid> Handled { get; } = new();
    }

    public sealed class Factory : TamgaFactory
    {
        public Calls Calls { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(Calls);
                services.AddIntegrationEventHandler<DeclarationStatusChanged, StatusWatcher>();
                services.AddIntegrationEventHandler<DeclarationNotificationIssued, NotificationSorter>();
            });
        }
    }

    /// <summary>Wants every status change: no batch filter.</summary>
    private sealed class StatusWatcher(Calls calls) : IIntegrationEventHandler<DeclarationStatusChanged>
    {
        public Task HandleAsync(DeclarationStatusChanged integrationEvent, CancellationToken cancellationToken)
        {
            calls.Statuses.Enqueue(integrationEvent.Status);
            return Task.CompletedTask;
        }
    }

    /// <summary>Needs none of the notifications (like the push scheduler when no party registered a callback).</summary>
    private sealed class NotificationSorter(Calls calls) : IIntegrationEventHandler<DeclarationNotificationIssued>, IIntegrationEventBatchFilter<DeclarationNotificationIssued>
    {
        public Task<IReadOnlyCollection<Guid>> NeedingAsync(IReadOnlyList<DeclarationNotificationIssued> events, CancellationToken cancellationToken)
        {
            foreach (var e in events)
            {
                calls.Sorted.Enqueue(e.EventId);
            }

            return Task.FromResult<IReadOnlyCollection<Guid>>([]);
        }

        public Task HandleAsync(DeclarationNotificationIssued integrationEvent, CancellationToken cancellationToken)
        {
            calls.Handled.Enqueue(integrationEvent.EventId);
            return Task.CompletedTask;
        }
    }
}
