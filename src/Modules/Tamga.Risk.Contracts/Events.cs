using Tamga.Kernel.Events;

namespace Tamga.Risk.Contracts;

/// <summary>
/// The criteria of selectivity changed (a risk profile or directive came into force or was withdrawn): declarations
/// not yet released are to be assessed again. <paramref name="Change"/> says what changed, for the officer.
/// </summary>
public sealed record RiskCriteriaChanged(string Change) : IntegrationEvent;
