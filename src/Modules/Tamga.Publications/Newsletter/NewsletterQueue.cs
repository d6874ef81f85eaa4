using Microsoft.EntityFrameworkCore;
using Tamga.Publications.Data;
using Tamga.Publications.Domain;

namespace Tamga.Publications.Newsletter;

/// <summary>Queues, in the publishing transaction, one notification per confirmed subscriber who asked for the publication's kind and agency.</summary>
internal static class NewsletterQueue
{
    public static async Task<int> QueueAsync(PublicationsDbContext db, PublicationVersion version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subscribers = await db.Subscribers.AsNoTracking().Where(s => s.Status == SubscriptionStatus.Confirmed).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var subscriber in subscribers.Where(s => s.Wants(version.Kind, version.Agency)))
        {
            db.Publish(new NewsletterNotificationDue(subscriber.Id, version.Number, version.Version, version.Kind.Name(), version.Agency, version.Title, version.EffectiveFrom) { OccurredAt = now });
            queued++;
        }

        return queued;
    }
}
