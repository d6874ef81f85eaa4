using Tamga.Kernel.Events;

namespace Tamga.Risk.Contracts;

/// <summary>
/// The criteria of selectivity changed (a risk profile or directive came into force or was withdrawn): declarations
/// not yet released are to be assessed again. <paramref name="Change"/> says what changed, for the officer.
/// </summary>
public sealed record RiskCriteriaChanged(string Change) : IntegrationEvent
{
    /// <summary>
    /// When new information arrived on particular parties (a control with findings, an AEO status change): their
    /// identifiers (EORI/TIN). Only the open declarations naming one of them are assessed again. Empty: all of them.
    /// </summary>
    public IReadOnlyList<string> Parties { get; init; } = [];
}
