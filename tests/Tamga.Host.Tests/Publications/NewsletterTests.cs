using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Platform.Outbox;
using Tamga.Publications.Data;
using Tamga.Publications.Newsletter;

namespace Tamga.Host.Tests.Publications;

/// <summary>The newsletter: double opt-in, one message per matching subscriber and publication through the outbox, never twice, unsubscribe.</summary>
public sealed partial class NewsletterTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private const string Subscriptions = "/api/v1/newsletter/subscriptions";

    private string MailFolder => Path.Combine(factory.Database.Folder, "mail");

    [Fact]
    public async Task A_confirmed_subscriber_receives_one_message_per_matching_publication_with_its_signed_link_and_can_unsubscribe()
    {
        using var visitor = factory.CreateClient();
        using var officer = await factory.ClientForAsync("officer");

        var accepted = await visitor.PostAsJsonAsync(Subscriptions, new { email = "Trade.Desk@example.org", kinds = new[] { "regulation" }, agencies = new[] { "Food Standards Agency" } });
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var other = await visitor.PostAsJsonAsync(Subscriptions, new { email = "forms@example.org", kinds = new[] { "form" } });
        Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
        var unconfirmed = await visitor.PostAsJsonAsync(Subscriptions, new { email = "never-confirms@example.org" });
        Assert.Equal(HttpStatusCode.Accepted, unconfirmed.StatusCode);

        var confirmation = await MailToAsync("Trade.Desk@example.org", "Confirm your subscription");
        var token = TokenIn(confirmation, "/newsletter/confirm?token=");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.PostAsJsonAsync($"{Subscriptions}/confirmation", new { token = "x" + token[1..] })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.PostAsJsonAsync($"{Subscriptions}/confirmation", new { token })).StatusCode);
        var formsToken = TokenIn(await MailToAsync("forms@example.org", "Confirm your subscription"), "/newsletter/confirm?token=");
        Assert.Equal(HttpStatusCode.OK, (await visitor.PostAsJsonAsync($"{Subscriptions}/confirmation", new { token = formsToken })).StatusCode);

        // Someone asks again for the confirmed address with another choice: nothing changes until the owner confirms it.
        Assert.Equal(HttpStatusCode.Accepted, (await visitor.PostAsJsonAsync(Subscriptions, new { email = "trade.desk@example.org", kinds = new[] { "form" } })).StatusCode);

        var number = await PublicationTests.PublishAsync(officer, new
        {
            kind = "regulation",
            agency = "Food Standards Agency",
            title = "Imports of high-risk food not of animal origin: increased official controls",
            text = "Listed food not of animal origin enters through a designated point of entry with its pre-notification.",
            effectiveFrom = "2026-12-01",
        });

        var notice = await MailToAsync("Trade.Desk@example.org", "New publication " + number);
        Assert.Contains($"/publications/{number}?version=1", notice, StringComparison.Ordinal);
        Assert.Contains($"/api/v1/publications/{number}/versions/1/verification", notice, StringComparison.Ordinal);
        Assert.Contains("/newsletter/unsubscribe?token=", notice, StringComparison.Ordinal);

        // Nothing for the subscriber of forms, nothing for the unconfirmed address, and the message is not sent twice.
        await WaitForOutboxAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PublicationsDbContext>();
            var queued = await db.OutboxMessages.Where(m => m.Type == typeof(NewsletterNotificationDue).FullName).ToListAsync();
            var mine = queued.Where(m => m.Payload.Contains(number, StringComparison.Ordinal)).ToList();
            Assert.Single(mine);

            // The same event delivered again (as after a crash) sends nothing more.
            var handler = scope.ServiceProvider.GetServices<IIntegrationEventHandler<NewsletterNotificationDue>>().Single();
            var again = System.Text.Json.JsonSerializer.Deserialize<NewsletterNotificationDue>(mine[0].Payload, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
            await handler.HandleAsync(again, CancellationToken.None);
        }

        Assert.Single(MailsTo("Trade.Desk@example.org"), m => Subject(m).StartsWith("New publication " + number, StringComparison.Ordinal));
        Assert.DoesNotContain(MailsTo("forms@example.org"), m => m.Contains(number, StringComparison.Ordinal));
        Assert.DoesNotContain(MailsTo("never-confirms@example.org"), m => m.Contains(number, StringComparison.Ordinal));

        // Unsubscribed: the next publication is not sent.
        var unsubscribe = TokenIn(notice, "/newsletter/unsubscribe?token=");
        Assert.Equal(HttpStatusCode.OK, (await visitor.PostAsJsonAsync($"{Subscriptions}/unsubscription", new { token = unsubscribe })).StatusCode);
        var next = await PublicationTests.PublishAsync(officer, new
        {
            kind = "regulation",
            agency = "Food Standards Agency",
            title = "Imports of high-risk food: list of designated points of entry",
            text = "The designated points of entry are listed in the annex.",
            effectiveFrom = "2026-12-01",
        });
        await WaitForOutboxAsync();
        Assert.DoesNotContain(MailsTo("Trade.Desk@example.org"), m => m.Contains(next, StringComparison.Ordinal));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PublicationsDbContext>();
            var actions = await db.AuditRecords.Where(a => a.Stream.StartsWith("newsletter/")).Select(a => a.Action).ToListAsync();
            Assert.Contains("newsletter.subscription-requested", actions);
            Assert.Contains("newsletter.subscription-confirmed", actions);
            Assert.Contains("newsletter.unsubscribed", actions);
        }
    }

    [Fact]
    public async Task Bad_subscriptions_are_refused_naming_the_field()
    {
        using var visitor = factory.CreateClient();
        await PublicationTests.ProblemAsync(await visitor.PostAsJsonAsync(Subscriptions, new { email = "not an address" }), "email", "EMAIL");
        await PublicationTests.ProblemAsync(await visitor.PostAsJsonAsync(Subscriptions, new { email = "" }), "email", "REQUIRED");
        await PublicationTests.ProblemAsync(await visitor.PostAsJsonAsync(Subscriptions, new { email = "a@example.org", kinds = new[] { "gossip" } }), "kinds[0]", "KIND");
        await PublicationTests.ProblemAsync(await visitor.PostAsJsonAsync(Subscriptions, new { email = "a@example.org", agencies = new[] { "<b>" } }), "agencies[0]", "AGENCY-CHARACTERS");
        await PublicationTests.ProblemAsync(await visitor.PostAsJsonAsync(Subscriptions, new { email = new string('a', 250) + "@example.org" }), "email", "TEXT-LENGTH");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.PostAsJsonAsync($"{Subscriptions}/confirmation", new { token = "' OR 1=1 --" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.PostAsJsonAsync($"{Subscriptions}/unsubscription", new { })).StatusCode);
    }

    private IEnumerable<string> MailsTo(string address) =>
        Directory.Exists(MailFolder)
            ? Directory.GetFiles(MailFolder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains("\r\nTo: " + address + "\r\n", StringComparison.Ordinal))
            : [];

    private async Task<string> MailToAsync(string address, string subject)
    {
        for (var i = 0; i < 200; i++)
        {
            var found = MailsTo(address).FirstOrDefault(m => Subject(m).StartsWith(subject, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"No message '{subject}' to {address} in {MailFolder}.");
    }

    private static string Subject(string mail)
    {
        var match = SubjectLine().Match(mail);
        return match.Success ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(match.Groups[1].Value)) : "";
    }

    private static string TokenIn(string mail, string marker)
    {
        var start = mail.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return mail[start..(start + 43)];
    }

    private async Task WaitForOutboxAsync()
    {
        for (var i = 0; i < 200; i++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PublicationsDbContext>();
            if (!await db.OutboxMessages.AnyAsync(m => m.DispatchedAt == null))
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"\r\nSubject: =\?utf-8\?B\?([A-Za-z0-9+/=]+)\?=\r\n")]
    private static partial Regex SubjectLine();
}
