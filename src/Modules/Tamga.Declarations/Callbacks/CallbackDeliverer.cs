using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tamga.Declarations.Data;
using Tamga.Declarations.ReadDeclarations;

namespace Tamga.Declarations.Callbacks;

/// <summary>Pulsed when deliveries are queued: wakes the deliverer.</summary>
internal sealed class CallbackSignal : Tamga.Platform.Background.WakeSignal;

/// <summary>
/// POSTs queued notifications to the parties' callback URLs, signed with HMAC-SHA256 over
/// "timestamp.body" (headers <c>X-Tamga-Timestamp</c>, <c>X-Tamga-Signature: sha256=…</c>, <c>X-Tamga-Delivery</c>).
/// A failure is retried with exponential back-off (up to an hour apart) and kept in the delivery log; nothing is dropped.
/// </summary>
internal sealed class CallbackDeliverer(
    IServiceScopeFactory scopes,
    IHttpClientFactory clients,
    CallbackSignal signal,
    TimeProvider clock,
    ILogger<CallbackDeliverer> logger) : BackgroundService
{
    public const string HttpClientName = "tamga-callbacks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            try
            {
                await DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Callback delivery round failed");
            }

            try
            {
                await wake.WaitAsync(TimeSpan.FromSeconds(1), clock, stoppingToken);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    internal async Task DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeclarationsDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.CallbackDeliveries.Where(d => d.DeliveredAt == null && d.NextAttemptAt <= now).OrderBy(d => d.NextAttemptAt).Take(50).ToListAsync(cancellationToken);
        foreach (var delivery in due)
        {
            var notification = await db.Notifications.AsNoTracking().FirstAsync(n => n.Id == delivery.NotificationId, cancellationToken);
            var secret = await db.Callbacks.AsNoTracking().Where(c => c.PartyId == delivery.PartyId).Select(c => c.Secret).FirstOrDefaultAsync(cancellationToken);
            delivery.Attempts++;
            if (secret is null)
            {
                delivery.LastError = "The party removed its callback.";
                delivery.NextAttemptAt = now.AddHours(1);
                continue;
            }

            var body = JsonSerializer.SerializeToUtf8Bytes(DeclarationViews.Notification(notification), JsonSerializerOptions.Web);
            var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            request.Headers.Add("X-Tamga-Timestamp", timestamp);
            request.Headers.Add("X-Tamga-Delivery", delivery.Id.ToString());
            request.Headers.Add("X-Tamga-Signature", "sha256=" + Sign(secret, timestamp, body));
            try
            {
                using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
                delivery.LastStatusCode = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    delivery.DeliveredAt = clock.GetUtcNow();
                    delivery.LastError = null;
                    continue;
                }

                delivery.LastError = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                delivery.LastError = exception.Message.Length > 1000 ? exception.Message[..1000] : exception.Message;
            }

            delivery.NextAttemptAt = clock.GetUtcNow() + Tamga.Platform.Background.Backoff.After(delivery.Attempts);
            logger.LogWarning("Callback delivery {Delivery} failed (attempt {Attempts}): {Error}", delivery.Id, delivery.Attempts, delivery.LastError);
        }

        if (due.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public static string Sign(string secret, string timestamp, byte[] body)
    {
        var payload = new byte[timestamp.Length + 1 + body.Length];
        Encoding.ASCII.GetBytes(timestamp, payload);
        payload[timestamp.Length] = (byte)'.';
        body.CopyTo(payload, timestamp.Length + 1);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload));
    }
}
