using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tamga.Declarations.Data;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Http;
using Tamga.Platform.Security;

namespace Tamga.Declarations.Callbacks;

public sealed record CallbackRegistration(string? Url, string? Secret);

public sealed record CallbackView(string Url, DateTimeOffset UpdatedAt);

public sealed record DeliveryView(Guid Id, Guid NotificationId, Guid DeclarationId, string Url, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset? DeliveredAt, DateTimeOffset NextAttemptAt, int? LastStatusCode, string? LastError);

/// <summary>Push notifications: a party registers one URL and a secret; every notification is POSTed, signed, with retries and a delivery log.</summary>
internal static class CallbackEndpoints
{
    public const int MinimumSecretLength = 16;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var callbacks = endpoints.MapGroup(DeclarationsApi.Callbacks).WithTags("Notifications").RequireAuthorization(Policies.Trader);
        callbacks.MapPut("/", Register).WithSummary("Registers (or replaces) the party's callback URL and HMAC secret.");
        callbacks.MapGet("/", Get).WithSummary("The party's callback URL (never the secret).");
        callbacks.MapGet("/deliveries", Deliveries).WithSummary("The delivery log of the party's notifications, newest first.");
    }

    private static async Task<IResult> Register(CallbackRegistration? request, ClaimsPrincipal user, DeclarationsDbContext db, IOptions<DeclarationsOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        if (!Uri.TryCreate(request?.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || request!.Url!.Length > 2000 || !string.IsNullOrEmpty(url.UserInfo))
        {
            errors.Add(new("url", "CALLBACK-URL", "An absolute http or https URL of at most 2000 characters, without user information, is required."));
        }
        else if (options.Value.CallbackHosts.Count > 0 && !options.Value.CallbackHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(new("url", "CALLBACK-HOST", $"The host {url.Host} is not among the hosts this administration delivers to."));
        }

        if (request?.Secret is null || request.Secret.Length < MinimumSecretLength || request.Secret.Length > 200)
        {
            errors.Add(new("secret", "CALLBACK-SECRET", $"A secret of {MinimumSecretLength} to 200 characters is required."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var party = user.PartyId()!;
        var now = clock.GetUtcNow();
        var callback = await db.Callbacks.FirstOrDefaultAsync(c => c.PartyId == party, ct);
        if (callback is null)
        {
            callback = new Callback { PartyId = party, Url = url!.ToString(), Secret = request!.Secret!, UpdatedAt = now };
            db.Callbacks.Add(callback);
        }
        else
        {
            callback.Url = url!.ToString();
            callback.Secret = request!.Secret!;
            callback.UpdatedAt = now;
        }

        // The secret is hashed into the audit trail, never written out.
        db.Audit(new AuditEntry($"callback/{party}", user.Actor(), "callback.registered", now, null, new { callback.Url, SecretHash = AuditRecord.SnapshotHash(callback.Secret) }, $"callback URL set to {callback.Url}"));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new CallbackView(callback.Url, callback.UpdatedAt));
    }

    private static async Task<IResult> Get(ClaimsPrincipal user, DeclarationsDbContext db, CancellationToken ct)
    {
        var party = user.PartyId()!;
        var callback = await db.Callbacks.AsNoTracking().FirstOrDefaultAsync(c => c.PartyId == party, ct);
        return callback is null
            ? Problems.Status(StatusCodes.Status404NotFound, "No callback registered.")
            : TypedResults.Ok(new CallbackView(callback.Url, callback.UpdatedAt));
    }

    private static async Task<IResult> Deliveries(ClaimsPrincipal user, DeclarationsDbContext db, int? page, int? pageSize, CancellationToken ct)
    {
        var paging = new List<RuleViolation>();
        var (number, size) = PageRequest.Read(page, pageSize, defaultSize: 50, maxSize: 200, paging);
        if (paging.Count > 0)
        {
            return Problems.Rules(paging);
        }

        var party = user.PartyId()!;
        var items = await db.CallbackDeliveries.AsNoTracking().Where(d => d.PartyId == party)
            .OrderByDescending(d => d.CreatedAt).Skip((number - 1) * size).Take(size)
            .Select(d => new DeliveryView(d.Id, d.NotificationId, d.DeclarationId, d.Url, d.CreatedAt, d.Attempts, d.DeliveredAt, d.NextAttemptAt, d.LastStatusCode, d.LastError))
            .ToListAsync(ct);
        return TypedResults.Ok(items);
    }
}
