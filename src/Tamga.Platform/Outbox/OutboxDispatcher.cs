using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tamga.Kernel.Events;
using Tamga.Platform.Persistence;

namespace Tamga.Platform.Outbox;

/// <summary>An integration event type a module publishes (see <see cref="IntegrationEventRegistration.AddIntegrationEvent{TEvent}"/>).</summary>
public sealed record IntegrationEventType(Type Type);

/// <summary>Known integration event types, by full name.</summary>
public sealed class IntegrationEventTypes(IEnumerable<IntegrationEventType> registered)
{
    private readonly Dictionary<string, Type> _types = registered.ToDictionary(r => r.Type.FullName!, r => r.Type, StringComparer.Ordinal);

    public Type? Find(string name) => _types.GetValueOrDefault(name);
}

public static class IntegrationEventRegistration
{
    /// <summary>Declares an event type the module publishes, so the dispatcher can deliver it.</summary>
    public static IServiceCollection AddIntegrationEvent<TEvent>(this IServiceCollection services)
        where TEvent : IntegrationEvent => services.AddSingleton(new IntegrationEventType(typeof(TEvent)));

    /// <summary>Registers a consumer of an event (in the consuming module).</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent> => services.AddScoped<IIntegrationEventHandler<TEvent>, THandler>();
}

/// <summary>
/// Delivers one module's outbox to the in-process consumers, in commit order, at least once; a failing
/// consumer is retried with back-off and its error kept on the message.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IntegrationEventTypes types,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : ModuleDbContext
{
    private const int BatchSize = 200;

    // The HandleAsync method of each event type's handlers, or null when no module handles the type (registrations do not change).
    private readonly ConcurrentDictionary<Type, MethodInfo?> _handlers = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            int dispatched;
            try
            {
                dispatched = await DispatchBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Outbox of {Context} could not be dispatched", typeof(TContext).Name);
                dispatched = 0;
            }

            if (dispatched < BatchSize)
            {
                try
                {
                    await wake.WaitAsync(TimeSpan.FromSeconds(1), clock, stoppingToken);
                }
                catch (TimeoutException)
                {
                    // Poll again: events of other instances, and retries after back-off.
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    internal async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow();
        var pending = await db.OutboxMessages
            .Where(m => m.DispatchedAt == null)
            .OrderBy(m => m.OccurredAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var delivered = new List<Guid>(pending.Count);
        var failed = false;
        foreach (var message in pending)
        {
            if (message.Attempts > 0 && now < message.OccurredAt + Backoff(message.Attempts))
            {
                continue;
            }

            try
            {
                await DeliverAsync(message, scope.ServiceProvider, cancellationToken);
                delivered.Add(message.Id);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
                failed = true;
                logger.LogWarning(exception, "Event {EventId} of type {Type} failed (attempt {Attempts})", message.Id, message.Type, message.Attempts);
            }
        }

        if (delivered.Count > 0)
        {
            // Every delivered message of the batch marked in one statement, not one UPDATE each.
            var at = clock.GetUtcNow();
            await db.WriteAsync(
                token => db.OutboxMessages.Where(m => delivered.Contains(m.Id))
                    .ExecuteUpdateAsync(set => set.SetProperty(m => m.DispatchedAt, at).SetProperty(m => m.LastError, (string?)null), token),
                cancellationToken);
        }

        if (failed)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return delivered.Count;
    }

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, attempts)));

    private async Task DeliverAsync(OutboxMessage message, IServiceProvider batchServices, CancellationToken cancellationToken)
    {
        var type = types.Find(message.Type);
        if (type is null)
        {
            // No module consumes or knows this event type in this build: nothing to deliver.
            return;
        }

        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(type);
        var handle = _handlers.GetOrAdd(type, static (_, arguments) =>
            arguments.Services.GetServices(arguments.HandlerType).Any()
                ? arguments.HandlerType.GetMethod(nameof(IIntegrationEventHandler<IntegrationEvent>.HandleAsync))
                : null,
            (Services: batchServices, HandlerType: handlerType));
        if (handle is null)
        {
            // Known, but consumed by no module of this build: delivered to nobody.
            return;
        }

        var integrationEvent = (IntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, OutboxMessage.Json)!;
        await using var scope = scopes.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices(handlerType))
        {
            var task = (Task)handle.Invoke(handler, [integrationEvent, cancellationToken])!;
            await task;
        }
    }
}
