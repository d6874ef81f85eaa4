using Tamga.Kernel.Events;

namespace Tamga.Publications.Newsletter;

/// <summary>A message to one subscriber about one published version, queued in the publishing transaction.</summary>
internal sealed record NewsletterNotificationDue(Guid SubscriberId, string Number, int Version, string Kind, string Agency, string Title, DateOnly EffectiveFrom) : IntegrationEvent;

/// <summary>The confirmation message of a new subscription (double opt-in), queued with the subscription.</summary>
internal sealed record SubscriptionConfirmationDue(Guid SubscriberId) : IntegrationEvent;
