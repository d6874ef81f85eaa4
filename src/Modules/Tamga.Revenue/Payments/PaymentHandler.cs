using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Security;
using Tamga.Revenue.Accounts;
using Tamga.Revenue.Data;

namespace Tamga.Revenue.Payments;

/// <summary>
/// Payments: the trader's e-payment through the gateway (idempotent by key, one in flight per debt), the gateway's
/// signed callbacks (replays change nothing), and cash or bank transfers recorded by an officer.
/// </summary>
internal sealed class PaymentHandler(RevenueDbContext db, Settlement settlement, IPaymentGateway gateway, MoneyRules money, IOptions<PaymentOptions> options, TimeProvider clock)
{
    public const int MaxKeyLength = 100;

    public static string Stream(Guid id) => $"payment/{id}";

    /// <summary>Starts an e-payment of a debt of the caller's party. The same key again answers the same payment.</summary>
    public async Task<RevenueOutcome<Payment>> StartAsync(Guid debtId, ClaimsPrincipal user, string? idempotencyKey, string? scenario, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxKeyLength || !idempotencyKey.All(c => c is >= '!' and <= '~'))
        {
            errors.Add(new("Idempotency-Key", "REV-PAY-KEY", $"An Idempotency-Key header of 1 to {MaxKeyLength} printable characters is required, new for each payment."));
        }

        if (scenario is not null && (gateway.Name != SandboxPaymentGateway.GatewayName || !SandboxPaymentGateway.Scenarios.Contains(scenario)))
        {
            errors.Add(new("sandboxScenario", "REV-PAY-SCENARIO", $"Only the sandbox gateway takes a scenario: {string.Join(", ", SandboxPaymentGateway.Scenarios)}."));
        }

        if (errors.Count > 0)
        {
            return new RevenueOutcome<Payment>.Invalid(errors);
        }

        var party = user.PartyId();
        var debt = await db.Debts.FirstOrDefaultAsync(d => d.Id == debtId && d.PartyId == party, cancellationToken);
        if (debt is null)
        {
            return new RevenueOutcome<Payment>.NotFound();
        }

        if (await SameKeyAsync(party!, idempotencyKey!, debtId, cancellationToken) is { } replay)
        {
            return replay;
        }

        if (!debt.IsPayable)
        {
            return new RevenueOutcome<Payment>.Refused("REV-PAY-SETTLED", $"The debt is {debt.Status}: there is nothing to pay.");
        }

        var now = clock.GetUtcNow();
        var stale = await db.Payments.Where(p => p.DebtId == debtId && p.Status == PaymentStatus.Pending).ToListAsync(cancellationToken);
        foreach (var pending in stale.Where(p => p.CreatedAt + options.Value.PendingTimeout < now))
        {
            pending.Status = PaymentStatus.TimedOut;
            pending.CompletedAt = now;
            db.Audit(new AuditEntry(Stream(pending.Id), "system:revenue", "payment.timed-out", now, null, new { pending.Id, pending.Status }, "no answer from the gateway in time"));
        }

        var payment = new Payment
        {
            Id = Guid.CreateVersion7(),
            DebtId = debt.Id,
            PartyId = debt.PartyId,
            Method = Payment.EPayment,
            Amount = debt.Amount,
            Currency = debt.Currency,
            IdempotencyKey = idempotencyKey!,
            Status = PaymentStatus.Pending,
            Gateway = gateway.Name,
            CreatedAt = now,
            CreatedBy = user.Actor(),
        };
        db.Payments.Add(payment);
        db.Audit(new AuditEntry(Stream(payment.Id), user.Actor(), "payment.started", now, null, Snapshot(payment), $"{payment.Amount} {payment.Currency} for {debt.Lrn} through {gateway.Name}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await SameKeyAsync(party!, idempotencyKey!, debtId, cancellationToken)
                ?? new RevenueOutcome<Payment>.Refused("REV-PAY-IN-PROGRESS", "A payment of this debt is already in progress; wait for its outcome.");
        }

        GatewayAnswer answer;
        try
        {
            answer = await gateway.SubmitAsync(new PaymentOrder(payment.Id, payment.Amount, payment.Currency, $"Customs duties {debt.Mrn ?? debt.Lrn}", scenario), cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or TaskCanceledException)
        {
            answer = new GatewayAnswer(false, null, "the gateway did not answer");
        }

        var at = clock.GetUtcNow();
        if (answer.Accepted)
        {
            payment.ExternalReference ??= answer.Reference;
        }
        else if (payment.Status == PaymentStatus.Pending)
        {
            // Unknown at the bank: free the debt for another attempt; a late confirmation is still honoured.
            payment.Status = PaymentStatus.TimedOut;
            payment.DeclineReason = answer.Error;
            payment.CompletedAt = at;
        }

        db.Audit(new AuditEntry(Stream(payment.Id), "system:revenue", "payment.submitted", at, null, Snapshot(payment), answer.Accepted ? $"gateway reference {answer.Reference}" : answer.Error));
        await db.SaveChangesAsync(cancellationToken);
        return new RevenueOutcome<Payment>.Done(payment);
    }

    /// <summary>A gateway callback, as received: checks the signature, then applies it once.</summary>
    public async Task<RevenueOutcome<Payment>> ReceiveCallbackAsync(string body, string? signature, CancellationToken cancellationToken)
    {
        if (!CallbackSignature.Verify(options.Value.CallbackSecret, body, signature))
        {
            return RevenueOutcome<Payment>.Invalid1(CallbackSignature.Header, "REV-CALLBACK-SIGNATURE", "The callback's signature does not match its body.");
        }

        GatewayCallbackBody? callback;
        try
        {
            callback = JsonSerializer.Deserialize<GatewayCallbackBody>(body, CallbackSignature.Json);
        }
        catch (JsonException)
        {
            callback = null;
        }

        var errors = new List<RuleViolation>();
        if (callback is null)
        {
            return RevenueOutcome<Payment>.Invalid1("body", "REV-CALLBACK-JSON", "The callback is not a JSON object.");
        }

        MoneyRules.Text(callback.CallbackId, "callbackId", 100, errors, "REV-CALLBACK-ID");
        if (callback.PaymentId is null)
        {
            errors.Add(new("paymentId", "REV-CALLBACK-PAYMENT", "The payment id is required."));
        }

        if (callback.Outcome is not ("approved" or "declined"))
        {
            errors.Add(new("outcome", "REV-CALLBACK-OUTCOME", "The outcome is 'approved' or 'declined'."));
        }

        money.Amount(callback.Amount, "amount", errors);
        money.Currency(callback.Currency, "currency", errors);
        if (errors.Count > 0)
        {
            return new RevenueOutcome<Payment>.Invalid(errors);
        }

        var payment = await db.Payments.FirstOrDefaultAsync(p => p.Id == callback.PaymentId, cancellationToken);
        if (payment is null)
        {
            return new RevenueOutcome<Payment>.NotFound();
        }

        if (await db.GatewayCallbacks.AnyAsync(c => c.CallbackId == callback.CallbackId, cancellationToken))
        {
            return new RevenueOutcome<Payment>.Done(payment, Replayed: true);
        }

        if (callback.Amount != payment.Amount || callback.Currency != payment.Currency)
        {
            return RevenueOutcome<Payment>.Invalid1("amount", "REV-CALLBACK-AMOUNT", $"The payment is of {payment.Amount} {payment.Currency}.");
        }

        var now = clock.GetUtcNow();
        db.GatewayCallbacks.Add(new GatewayCallback { CallbackId = callback.CallbackId!, PaymentId = payment.Id, Outcome = callback.Outcome!, ReceivedAt = now });
        var replayed = false;
        if (payment.Status is PaymentStatus.Pending or PaymentStatus.TimedOut)
        {
            payment.ExternalReference ??= callback.Reference;
            if (callback.Outcome == "approved")
            {
                var debt = await db.Debts.Include(d => d.Lines).FirstAsync(d => d.Id == payment.DebtId, cancellationToken);
                await settlement.ConfirmAsync(payment, debt, now, "gateway:" + (payment.Gateway ?? "unknown"), cancellationToken);
            }
            else
            {
                payment.Status = PaymentStatus.Declined;
                payment.DeclineReason = callback.Reason is { Length: > 300 } reason ? reason[..300] : callback.Reason;
                payment.CompletedAt = now;
            }

            db.Audit(new AuditEntry(Stream(payment.Id), "gateway:" + (payment.Gateway ?? "unknown"), "payment." + callback.Outcome, now, null, Snapshot(payment), $"callback {callback.CallbackId}"));
        }
        else
        {
            // The payment already has its outcome: another delivery of the same result.
            replayed = true;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!replayed)
        {
            // A concurrent delivery of the same callback won: this one is a replay. Anything else is raised again.
            if (!await IsKnownCallbackAsync(callback.CallbackId!, cancellationToken))
            {
                throw;
            }

            replayed = true;
        }

        return new RevenueOutcome<Payment>.Done(payment, replayed);
    }

    /// <summary>An officer records cash or a bank transfer received for a debt (its full amount, once per transfer reference).</summary>
    public async Task<RevenueOutcome<Payment>> RecordAsync(Guid debtId, ClaimsPrincipal user, string? method, decimal? amount, string? currency, string? reference, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        if (method is not (Payment.Cash or Payment.BankTransfer))
        {
            errors.Add(new("method", "REV-PAY-METHOD", "The method is 'cash' or 'bank-transfer'."));
        }

        money.Amount(amount, "amount", errors);
        money.Currency(currency, "currency", errors);
        MoneyRules.Text(reference, "reference", 100, errors, "REV-PAY-REFERENCE");
        if (errors.Count > 0)
        {
            return new RevenueOutcome<Payment>.Invalid(errors);
        }

        var debt = await db.Debts.Include(d => d.Lines).FirstOrDefaultAsync(d => d.Id == debtId, cancellationToken);
        if (debt is null)
        {
            return new RevenueOutcome<Payment>.NotFound();
        }

        if (await db.Payments.FirstOrDefaultAsync(p => p.Method == method && p.ExternalReference == reference, cancellationToken) is { } known)
        {
            return known.DebtId == debtId && known.Amount == amount
                ? new RevenueOutcome<Payment>.Done(known, Replayed: true)
                : RevenueOutcome<Payment>.Invalid1("reference", "REV-PAY-REFERENCE-USED", "This transfer or receipt reference is already recorded for another payment.");
        }

        if (currency != debt.Currency || amount != debt.Amount)
        {
            return RevenueOutcome<Payment>.Invalid1("amount", "REV-PAY-AMOUNT", $"The debt is of {debt.Amount} {debt.Currency}; a payment settles it in full.");
        }

        if (!debt.IsPayable)
        {
            return new RevenueOutcome<Payment>.Refused("REV-PAY-SETTLED", $"The debt is {debt.Status}: there is nothing to pay.");
        }

        var now = clock.GetUtcNow();
        var payment = new Payment
        {
            Id = Guid.CreateVersion7(),
            DebtId = debt.Id,
            PartyId = debt.PartyId,
            Method = method!,
            Amount = amount!.Value,
            Currency = currency!,
            IdempotencyKey = $"{method}:{reference}",
            Status = PaymentStatus.Pending,
            ExternalReference = reference,
            CreatedAt = now,
            CreatedBy = user.Actor(),
        };
        db.Payments.Add(payment);
        await settlement.ConfirmAsync(payment, debt, now, user.Actor(), cancellationToken);
        db.Audit(new AuditEntry(Stream(payment.Id), user.Actor(), "payment.recorded", now, null, Snapshot(payment), $"{method} {reference}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is not DbUpdateConcurrencyException)
        {
            return new RevenueOutcome<Payment>.Refused("REV-PAY-IN-PROGRESS", "The debt was settled or the reference recorded at the same time; read it again.");
        }

        return new RevenueOutcome<Payment>.Done(payment);
    }

    private async Task<RevenueOutcome<Payment>?> SameKeyAsync(string party, string key, Guid debtId, CancellationToken cancellationToken)
    {
        var existing = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.PartyId == party && p.IdempotencyKey == key, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        return existing.DebtId == debtId
            ? new RevenueOutcome<Payment>.Done(existing, Replayed: true)
            : RevenueOutcome<Payment>.Invalid1("Idempotency-Key", "REV-PAY-KEY-REUSED", "This Idempotency-Key was used for another debt; use a new key for each payment.");
    }

    private async Task<bool> IsKnownCallbackAsync(string callbackId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.GatewayCallbacks.AnyAsync(c => c.CallbackId == callbackId, cancellationToken);
    }

    private static object Snapshot(Payment payment) =>
        new { payment.Id, payment.DebtId, payment.Method, payment.Amount, payment.Currency, Status = payment.Status.ToString(), payment.ExternalReference, payment.OverPayment };
}
