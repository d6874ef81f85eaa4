using Tamga.Kernel.Events;

namespace Tamga.Publications.Contracts;

/// <summary>A publication version has been published and signed (it may take effect later, on <see cref="EffectiveFrom"/>).</summary>
public sealed record PublicationPublished(string Number, int Version, string Kind, string Agency, string Title, DateOnly EffectiveFrom, DateOnly? EffectiveTo) : IntegrationEvent;
