using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Callbacks;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Data;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Platform;

public sealed class OutboxTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    [Fact]
    public async Task EveryCommitWithEvents_IsDispatched()
    {
        using var trader = await factory.ClientForAsync("trader");
        var (response, _) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("OUTBOX-0001"));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        int pending;
        do
        {
            await Task.Delay(100);
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DeclarationsDbContext>();
            pending = await db.OutboxMessages.CountAsync(m => m.DispatchedAt == null);
        }
        while (pending > 0 && DateTime.UtcNow < deadline);

        Assert.Equal(0, pending);
    }

    [Fact]
    public async Task AConsumer_GivenTheSameEventTwice_ActsOnce()
    {
        using var broker = await factory.ClientForAsync("broker");
        await broker.PutAsync("/api/v1/callbacks", SimpleImport.Content("{\"url\":\"http://127.0.0.1:9/hook\",\"secret\":\"0123456789abcdef0123\"}"));
        var (response, body) = await SimpleImport.LodgeAsync(broker, SimpleImport.Json("TWICE-0001", declarant: "GB603202734852"));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var declarationId = Guid.Parse(body.GetProperty("id").GetString()!);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeclarationsDbContext>();
        var notification = await db.Notifications.AsNoTracking().Where(n => n.DeclarationId == declarationId).OrderBy(n => n.Sequence).FirstAsync();
        // The event as the outbox holds it: a redelivery carries the same event id.
        var issued = (await db.OutboxMessages.AsNoTracking().ToListAsync())
            .SelectMany(m => m.Events())
            .Single(e => e.Type == typeof(DeclarationNotificationIssued).FullName && e.Payload.Contains(notification.Id.ToString(), StringComparison.Ordinal));
        var replayed = System.Text.Json.JsonSerializer.Deserialize<DeclarationNotificationIssued>(issued.Payload, System.Text.Json.JsonSerializerOptions.Web)!;
        for (var i = 0; i < 2; i++)
        {
            await using var handlerScope = factory.Services.CreateAsyncScope();
            var handler = ActivatorUtilities.CreateInstance<NotificationPushScheduler>(handlerScope.ServiceProvider);
            await handler.HandleAsync(replayed, CancellationToken.None);
        }

        var deliveries = await db.CallbackDeliveries.AsNoTracking().CountAsync(d => d.NotificationId == notification.Id);
        Assert.Equal(1, deliveries);
    }

    [Fact]
    public async Task ALodging_WritesItsEventsAsOneMessage_InTheOrderTheyHappened()
    {
        using var trader = await factory.ClientForAsync("trader");
        var (response, body) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("ENVELOPE-0001"));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var declarationId = body.GetProperty("id").GetString()!;

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeclarationsDbContext>();
        var messages = (await db.OutboxMessages.AsNoTracking().ToListAsync())
            .Where(m => m.Payload.Contains(declarationId, StringComparison.Ordinal))
            .ToList();
        var message = Assert.Single(messages);
        Assert.Equal(Tamga.Platform.Outbox.OutboxMessage.EventsType, message.Type);
        var events = message.Events();
        // Registered, then released; the notifications (acceptance, clearance…) after the status changes.
        var statuses = events.Where(e => e.Type == typeof(DeclarationStatusChanged).FullName)
            .Select(e => System.Text.Json.JsonSerializer.Deserialize<DeclarationStatusChanged>(e.Payload, System.Text.Json.JsonSerializerOptions.Web)!.Status)
            .ToList();
        Assert.Equal(["Registered", "Released"], statuses);
        Assert.Contains(events, e => e.Type == typeof(DeclarationNotificationIssued).FullName);
        Assert.True(events.ToList().FindLastIndex(e => e.Type == typeof(DeclarationStatusChanged).FullName)
            < events.ToList().FindIndex(e => e.Type == typeof(DeclarationNotificationIssued).FullName));
    }
}
