using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Publications.Data;
using Tamga.Publications.Domain;
using Tamga.Publications.Publish;

namespace Tamga.Publications.Newsletter;

/// <summary>Subscribing (double opt-in), confirming and unsubscribing; every change audited under <c>newsletter/{id}</c>.</summary>
internal sealed class NewsletterDesk(PublicationsDbContext db, TimeProvider clock)
{
    private const int MaxAgencies = 20;

    public static string Stream(Subscriber s) => "newsletter/" + s.Id.ToString("N");

    /// <summary>
    /// Records a pending subscription (or a confirmed subscriber's new choice) and queues its confirmation message. The
    /// answer is the same whether the address was known or not (no one learns who subscribes).
    /// </summary>
    public async Task<PublicationOutcome<Subscriber>> SubscribeAsync(string? email, IReadOnlyList<string>? kinds, IReadOnlyList<string>? agencies, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        var address = PublicationInput.Email("email", email, errors);
        var kindNames = new List<string>();
        foreach (var (name, i) in (kinds ?? []).Select((k, i) => (k, i)))
        {
            if (PublicationInput.Kind($"kinds[{i}]", name, errors) is { } kind && !kindNames.Contains(kind.Name()))
            {
                kindNames.Add(kind.Name());
            }
        }

        var agencyNames = new List<string>();
        if (agencies is { Count: > MaxAgencies })
        {
            errors.Add(new("agencies", "AGENCIES-COUNT", $"agencies has at most {MaxAgencies} names."));
        }
        else
        {
            foreach (var (name, i) in (agencies ?? []).Select((a, i) => (a, i)))
            {
                if (PublicationInput.Agency($"agencies[{i}]", name, errors, required: true) is { } agency && !agencyNames.Contains(agency, StringComparer.OrdinalIgnoreCase))
                {
                    agencyNames.Add(agency);
                }
            }
        }

        if (errors.Count > 0)
        {
            return PublicationOutcome<Subscriber>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var lower = address!.ToLowerInvariant();
        var subscriber = await db.Subscribers.FirstOrDefaultAsync(s => s.EmailKey == lower && s.Status != SubscriptionStatus.Unsubscribed, cancellationToken);
        if (subscriber is null)
        {
            subscriber = new Subscriber
            {
                Id = Guid.CreateVersion7(now),
                Email = address,
                EmailKey = lower,
                ConfirmationToken = Token(),
                UnsubscribeToken = Token(),
                Status = SubscriptionStatus.Pending,
                CreatedAt = now,
            };
            db.Subscribers.Add(subscriber);
        }

        // A confirmed subscription keeps its choice until the owner confirms the new one: no one else can alter it.
        if (subscriber.Status == SubscriptionStatus.Confirmed)
        {
            subscriber.PendingKinds = string.Join(' ', kindNames);
            subscriber.PendingAgencies = string.Join('\n', agencyNames);
        }
        else
        {
            subscriber.Kinds = string.Join(' ', kindNames);
            subscriber.Agencies = string.Join('\n', agencyNames);
        }

        subscriber.ConfirmationToken = Token();
        db.Audit(new AuditEntry(Stream(subscriber), "anonymous", "newsletter.subscription-requested", now, null, new { subscriber.Email, Kinds = string.Join(' ', kindNames), Agencies = string.Join('\n', agencyNames) }, $"subscription asked for {subscriber.Email}"));
        db.Publish(new SubscriptionConfirmationDue(subscriber.Id) { OccurredAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return PublicationOutcome<Subscriber>.Ok(subscriber);
    }

    public async Task<PublicationOutcome<Subscriber>> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        var subscriber = await ByTokenAsync(token, s => s.ConfirmationToken == token, cancellationToken);
        if (subscriber is null)
        {
            return PublicationOutcome<Subscriber>.NotFound();
        }

        if (subscriber.Status == SubscriptionStatus.Confirmed && subscriber.PendingKinds is null)
        {
            return PublicationOutcome<Subscriber>.Ok(subscriber);
        }

        if (subscriber.Status == SubscriptionStatus.Unsubscribed)
        {
            return PublicationOutcome<Subscriber>.NotFound();
        }

        if (subscriber.PendingKinds is not null)
        {
            subscriber.Kinds = subscriber.PendingKinds;
            subscriber.Agencies = subscriber.PendingAgencies ?? "";
            subscriber.PendingKinds = null;
            subscriber.PendingAgencies = null;
        }

        var now = clock.GetUtcNow();
        subscriber.Status = SubscriptionStatus.Confirmed;
        subscriber.ConfirmedAt = now;
        db.Audit(new AuditEntry(Stream(subscriber), "anonymous", "newsletter.subscription-confirmed", now, null, new { subscriber.Email, subscriber.Kinds, subscriber.Agencies }, $"subscription confirmed for {subscriber.Email}"));
        await db.SaveChangesAsync(cancellationToken);
        return PublicationOutcome<Subscriber>.Ok(subscriber);
    }

    public async Task<PublicationOutcome<Subscriber>> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        var subscriber = await ByTokenAsync(token, s => s.UnsubscribeToken == token, cancellationToken);
        if (subscriber is null)
        {
            return PublicationOutcome<Subscriber>.NotFound();
        }

        if (subscriber.Status != SubscriptionStatus.Unsubscribed)
        {
            var now = clock.GetUtcNow();
            subscriber.Status = SubscriptionStatus.Unsubscribed;
            subscriber.UnsubscribedAt = now;
            db.Audit(new AuditEntry(Stream(subscriber), "anonymous", "newsletter.unsubscribed", now, null, new { subscriber.Email }, $"{subscriber.Email} unsubscribed"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return PublicationOutcome<Subscriber>.Ok(subscriber);
    }

    /// <summary>A token is 43 base64url characters; anything else is not looked up.</summary>
    public static bool IsToken(string? token) => token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private async Task<Subscriber?> ByTokenAsync(string? token, System.Linq.Expressions.Expression<Func<Subscriber, bool>> match, CancellationToken cancellationToken) =>
        IsToken(token) ? await db.Subscribers.FirstOrDefaultAsync(match, cancellationToken) : null;

    private static string Token() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
