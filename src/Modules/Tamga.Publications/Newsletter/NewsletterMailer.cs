using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Outbox;
using Tamga.Publications.Data;
using Tamga.Publications.Domain;

namespace Tamga.Publications.Newsletter;

/// <summary>
/// Sends the newsletter's messages from the outbox: the confirmation of a subscription, and one message per
/// subscriber and published version. Idempotent by event id (inbox); the message id is the event id, so a retry
/// after a crash between sending and recording is the same message again, which the sender drops or replaces.
/// </summary>
internal sealed class NewsletterMailer(PublicationsDbContext db, IMailSender sender, NewsletterOptions options, TimeProvider clock)
    : IIntegrationEventHandler<NewsletterNotificationDue>, IIntegrationEventHandler<SubscriptionConfirmationDue>
{
    private const string Consumer = "publications.newsletter";

    public async Task HandleAsync(NewsletterNotificationDue due, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(due.EventId, Consumer, cancellationToken))
        {
            return;
        }

        var subscriber = await db.Subscribers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == due.SubscriberId, cancellationToken);
        if (subscriber is { Status: SubscriptionStatus.Confirmed })
        {
            var link = Link($"/publications/{Uri.EscapeDataString(due.Number)}?version={due.Version.ToString(CultureInfo.InvariantCulture)}");
            var verification = Link($"/api/v1/publications/{Uri.EscapeDataString(due.Number)}/versions/{due.Version.ToString(CultureInfo.InvariantCulture)}/verification");
            var body = new StringBuilder()
                .Append("A new publication has been published by Tamga and signed.\n\n")
                .Append(due.Title).Append('\n')
                .Append(due.Number).Append(" version ").Append(due.Version.ToString(CultureInfo.InvariantCulture)).Append(" (").Append(due.Kind).Append(", ").Append(due.Agency).Append(")\n")
                .Append("In force from ").Append(due.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n\n")
                .Append("Read it: ").Append(link).Append('\n')
                .Append("Check its signature: ").Append(verification).Append("\n\n")
                .Append("You receive this because you subscribed to Tamga's publications. Unsubscribe: ")
                .Append(Link($"/newsletter/unsubscribe?token={subscriber.UnsubscribeToken}")).Append('\n')
                .ToString();
            await sender.SendAsync(new MailMessage(due.EventId, subscriber.Email, $"New publication {due.Number}: {due.Title}", body, clock.GetUtcNow()), cancellationToken);
        }

        db.MarkHandled(due.EventId, Consumer, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task HandleAsync(SubscriptionConfirmationDue due, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(due.EventId, Consumer, cancellationToken))
        {
            return;
        }

        var subscriber = await db.Subscribers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == due.SubscriberId, cancellationToken);
        if (subscriber is { Status: SubscriptionStatus.Pending } or { Status: SubscriptionStatus.Confirmed, PendingKinds: not null })
        {
            var body = new StringBuilder()
                .Append("Someone, probably you, asked to receive Tamga's new publications at this address.\n\n")
                .Append("Confirm the subscription: ").Append(Link($"/newsletter/confirm?token={subscriber.ConfirmationToken}")).Append("\n\n")
                .Append("If you did not ask for it, ignore this message: nothing will be sent to you.\n")
                .ToString();
            await sender.SendAsync(new MailMessage(due.EventId, subscriber.Email, "Confirm your subscription to Tamga publications", body, clock.GetUtcNow()), cancellationToken);
        }

        db.MarkHandled(due.EventId, Consumer, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private string Link(string path) => options.PublicBaseUrl.TrimEnd('/') + path;
}
