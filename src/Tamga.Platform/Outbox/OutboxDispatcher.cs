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

    /// <summary>The pause after a batch before the next read, while events keep coming: at most this much later.</summary>
    internal static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(20);

    // The handlers of each event type, or null when no module handles the type (registrations do not change).
    private readonly ConcurrentDictionary<Type, EventHandlers?> _handlers = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string module;
        await using (var scope = scopes.CreateAsyncScope())
        {
            module = scope.ServiceProvider.GetRequiredService<TContext>().Storage.Module;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next(module);
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
                    if (dispatched > 0)
                    {
                        // Events are coming: let the commits of the next moments gather, so that under load one read
                        // and one mark serve many commits instead of one each (each costs a query, whatever its size).
                        await Task.Delay(Gather, clock, stoppingToken);
                    }

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
        // Not tracked: the delivered are marked by one statement below; only a failed message is attached and updated.
        var pending = await db.OutboxMessages
            .AsNoTracking()
            .Where(m => m.DispatchedAt == null)
            .OrderBy(m => m.OccurredAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var delivered = new List<Guid>(pending.Count);
        var failed = false;
        var due = pending.Where(m => m.Attempts == 0 || now >= m.OccurredAt + Background.Backoff.After(m.Attempts)).ToList();
        var events = due.Select(m => new PendingMessage(m, m.Events().Select(e => new PendingEvent(e.Type, e.Payload)).ToList())).ToList();
        await SortAsync(events.SelectMany(m => m.Events), scope.ServiceProvider, cancellationToken);
        foreach (var (message, carried) in events)
        {
            try
            {
                foreach (var pendingEvent in carried)
                {
                    if (pendingEvent.Event is { } integrationEvent)
                    {
                        await DeliverAsync(integrationEvent, cancellationToken);
                    }
                }

                delivered.Add(message.Id);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                db.OutboxMessages.Attach(message);
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

    /// <summary>
    /// Reads the events that some module handles (<see cref="PendingEvent.Event"/>; left null for the others), and
    /// asks the handlers that can sort a batch which of them need handling: the others are counted as delivered
    /// without a call. Each event type is sorted on its own, so a type whose handlers cannot sort is delivered in
    /// full without costing the others their filter.
    /// </summary>
    private async Task SortAsync(IEnumerable<PendingEvent> pendingEvents, IServiceProvider batchServices, CancellationToken cancellationToken)
    {
        foreach (var group in pendingEvents.GroupBy(e => e.Type, StringComparer.Ordinal))
        {
            var type = types.Find(group.Key);
            if (type is null || Handlers(type, batchServices) is not { } handlers)
            {
                // Known to no module of this build, or consumed by none: delivered to nobody.
                continue;
            }

            var ofType = group.ToList();
            var typed = Array.CreateInstance(type, ofType.Count);
            for (var i = 0; i < ofType.Count; i++)
            {
                ofType[i].Event = (IntegrationEvent)JsonSerializer.Deserialize(ofType[i].Payload, type, OutboxMessage.Json)!;
                typed.SetValue(ofType[i].Event, i);
            }

            if (handlers.Filter is not { } filter)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var needing = new HashSet<Guid>();
                foreach (var handler in scope.ServiceProvider.GetServices(handlers.HandlerType))
                {
                    needing.UnionWith(await (Task<IReadOnlyCollection<Guid>>)filter.Invoke(handler, [typed, cancellationToken])!);
                }

                foreach (var pendingEvent in ofType)
                {
                    if (!needing.Contains(pendingEvent.Event!.EventId))
                    {
                        pendingEvent.Event = null;
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Events of type {Type} could not be sorted in one look; each is delivered", group.Key);
            }
        }
    }

    /// <summary>The handlers of an event type (null when none), and their batch filter when every handler has one.</summary>
    private EventHandlers? Handlers(Type type, IServiceProvider batchServices) =>
        _handlers.GetOrAdd(type, static (type, services) =>
        {
            var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(type);
            var handlers = services.GetServices(handlerType).ToList();
            if (handlers.Count == 0)
            {
                return null;
            }

            var filterType = typeof(IIntegrationEventBatchFilter<>).MakeGenericType(type);
            return new EventHandlers(
                handlerType,
                handlerType.GetMethod(nameof(IIntegrationEventHandler<IntegrationEvent>.HandleAsync))!,
                handlers.All(filterType.IsInstanceOfType) ? filterType.GetMethod(nameof(IIntegrationEventBatchFilter<IntegrationEvent>.NeedingAsync)) : null);
        }, batchServices);

    private async Task DeliverAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var handlers = _handlers[integrationEvent.GetType()]!;
        await using var scope = scopes.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices(handlers.HandlerType))
        {
            var task = (Task)handlers.Handle.Invoke(handler, [integrationEvent, cancellationToken])!;
            await task;
        }
    }

    private sealed record EventHandlers(Type HandlerType, MethodInfo Handle, MethodInfo? Filter);

    /// <summary>A message of the batch with the events it carries.</summary>
    private sealed record PendingMessage(OutboxMessage Message, List<PendingEvent> Events);

    /// <summary>An event of a message: its type and JSON, then the event itself when some handler needs it.</summary>
    private sealed class PendingEvent(string type, string payload)
    {
        public string Type { get; } = type;

        public string Payload { get; } = payload;

        public IntegrationEvent? Event { get; set; }
    }
}
