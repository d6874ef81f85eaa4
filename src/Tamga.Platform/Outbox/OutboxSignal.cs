using System.Collections.Concurrent;
using Tamga.Platform.Background;

namespace Tamga.Platform.Outbox;

/// <summary>
/// Pulsed after a commit that wrote events: wakes the outbox dispatcher of the module that wrote them, and only
/// that one (the others would each run a query to find nothing).
/// </summary>
public sealed class OutboxSignal
{
    private readonly ConcurrentDictionary<string, ModuleSignal> _modules = new(StringComparer.Ordinal);

    /// <summary>Completes at the next pulse of <paramref name="module"/>; take it before looking for work so no pulse is missed.</summary>
    public Task Next(string module) => For(module).Next;

    public void Pulse(string module) => For(module).Pulse();

    private ModuleSignal For(string module) => _modules.GetOrAdd(module, static _ => new ModuleSignal());

    private sealed class ModuleSignal : WakeSignal;
}
