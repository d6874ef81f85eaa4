using Tamga.Platform.Background;

namespace Tamga.Platform.Outbox;

/// <summary>Pulsed after a commit that wrote events: wakes the outbox dispatchers.</summary>
public sealed class OutboxSignal : WakeSignal;
