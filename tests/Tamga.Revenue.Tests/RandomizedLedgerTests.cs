using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Revenue.Accounts;
using Tamga.Revenue.Data;
using Tamga.Revenue.Guarantees;
using Tamga.Revenue.Payments;
using Tamga.Revenue.Refunds;
using Tamga.Revenue.Reports;
using Xunit.Abstractions;

namespace Tamga.Revenue.Tests;

/// <summary>
/// Thousands of random operations through the real handlers and database — assessments (some delivered twice, some
/// amended), declarations cancelled, deferred accounts and guarantees, e-payments with approvals, declines, timeouts
/// and replayed callbacks, concurrent payments of one debt, cash, statements and direct debits, refunds with four
/// eyes — after which every reconciliation check is zero and no debt was paid twice.
/// </summary>
public sealed class RandomizedLedgerTests(ITestOutputHelper output)
{
    private static readonly string[] Parties = ["GB100000000001", "GB100000000002", "GB100000000003", "GB100000000004", "FR12345678901"];

    private sealed record Declared(Guid Id, string Lrn, string Party, string Currency)
    {
        public int Version { get; set; } = 1;
    }

    [Theory]
    [InlineData(20261129, 3000)]
    [InlineData(7, 1500)]
    public async Task AfterThousandsOfRandomOperations_TheLedgerReconcilesToZero_AndNoDebtIsPaidTwice(int seed, int operations)
    {
        using var host = new RevenueTestHost();
        var random = new Random(seed);
        var declared = new List<Declared>();
        var events = new List<DutiesAssessed>();
        var callbacks = new List<(string Body, string Signature)>();
        var keys = new List<(string Party, string Key)>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string what) => counts[what] = counts.GetValueOrDefault(what) + 1;

        for (var op = 0; op < operations; op++)
        {
            host.Clock.Advance(TimeSpan.FromMinutes(random.Next(1, 90)));
            var roll = random.Next(100);
            try
            {
                if (roll < 18 || declared.Count < 5)
                {
                    var currency = random.Next(100) < 85 ? "GBP" : "EUR";
                    var d = new Declared(Guid.NewGuid(), $"R{seed}-{op}", Parties[random.Next(Parties.Length)], currency);
                    declared.Add(d);
                    var e = Assessment(random, d);
                    events.Add(e);
                    await Deliver(host, e);
                    Count("assessed");
                }
                else if (roll < 21)
                {
                    await Deliver(host, events[random.Next(events.Count)]);
                    Count("assessment redelivered");
                }
                else if (roll < 24)
                {
                    var d = declared[random.Next(declared.Count)];
                    d.Version++;
                    var e = Assessment(random, d);
                    events.Add(e);
                    await Deliver(host, e);
                    Count("amended");
                }
                else if (roll < 26)
                {
                    var d = declared[random.Next(declared.Count)];
                    await host.RunAsync(async sp =>
                    {
                        await sp.GetRequiredService<DeclarationCancelledHandler>().HandleAsync(new DeclarationStatusChanged(d.Id, d.Lrn, null, d.Party, "Cancelled", "Green", "ZZ000002") { OccurredAt = host.Clock.GetUtcNow() }, CancellationToken.None);
                        return 0;
                    });
                    Count("declaration cancelled");
                }
                else if (roll < 28)
                {
                    var party = Parties[random.Next(Parties.Length)];
                    await host.RunAsync(sp => sp.GetRequiredService<DeferredAccountHandler>().OpenAsync(RevenueTestHost.Officer("fin-a"), $"DAN-{op}", party, random.Next(4) == 0 ? "EUR" : "GBP", random.Next(1, 40) * 500m, CancellationToken.None));
                    Count("deferred account opened");
                }
                else if (roll < 31)
                {
                    var party = Parties[random.Next(Parties.Length)];
                    var individual = random.Next(3) == 0 && declared.Any(x => x.Party == party);
                    var lrn = individual ? declared.Where(x => x.Party == party).OrderBy(_ => random.Next()).First().Lrn : null;
                    await host.RunAsync(sp => sp.GetRequiredService<GuaranteeHandler>().AcceptAsync(RevenueTestHost.Officer("fin-a"), $"GRN-{op}", party, individual ? "individual" : "comprehensive", lrn, random.Next(5) == 0 ? "EUR" : "GBP", random.Next(1, 30) * 700m, CancellationToken.None));
                    Count("guarantee accepted");
                }
                else if (roll < 50)
                {
                    if (await RandomDebtAsync(host, random, payableOnly: random.Next(4) != 0) is { } debt)
                    {
                        var reuse = keys.Count > 0 && random.Next(10) == 0;
                        var (party, key) = reuse ? keys[random.Next(keys.Count)] : (debt.PartyId, $"key-{op}");
                        keys.Add((party, key));
                        var outcome = await host.RunAsync(sp => sp.GetRequiredService<PaymentHandler>().StartAsync(debt.Id, RevenueTestHost.Trader(party), key, null, CancellationToken.None));
                        Count("payment started: " + outcome.GetType().Name + (outcome is RevenueOutcome<Payment>.Done { Replayed: true } ? " (replay)" : ""));
                    }
                }
                else if (roll < 72)
                {
                    var orders = host.Gateway.Orders.ToList();
                    if (orders.Count > 0)
                    {
                        var order = orders[random.Next(orders.Count)];
                        var approved = random.Next(100) < 80;
                        var body = JsonSerializer.Serialize(new GatewayCallbackBody($"CB-{op}", order.PaymentId, "TB-" + order.PaymentId.ToString("N")[..12], approved ? "approved" : "declined", order.Amount, order.Currency, approved ? null : "insufficient funds"), CallbackSignature.Json);
                        var signature = CallbackSignature.Sign(RevenueTestHost.Secret, body);
                        callbacks.Add((body, signature));
                        var outcome = await host.RunAsync(sp => sp.GetRequiredService<PaymentHandler>().ReceiveCallbackAsync(body, signature, CancellationToken.None));
                        Count("callback " + (approved ? "approved: " : "declined: ") + outcome.GetType().Name + (outcome is RevenueOutcome<Payment>.Done { Replayed: true } ? " (no effect)" : ""));
                    }
                }
                else if (roll < 79)
                {
                    if (callbacks.Count > 0)
                    {
                        var (body, signature) = callbacks[random.Next(callbacks.Count)];
                        var outcome = await host.RunAsync(sp => sp.GetRequiredService<PaymentHandler>().ReceiveCallbackAsync(body, signature, CancellationToken.None));
                        Assert.True(outcome is RevenueOutcome<Payment>.Done { Replayed: true }, "a replayed callback changes nothing");
                        Count("callback replayed");
                    }
                }
                else if (roll < 84)
                {
                    if (await RandomDebtAsync(host, random, payableOnly: true) is { } debt)
                    {
                        var attempts = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Task.Run(() =>
                            host.RunAsync(sp => sp.GetRequiredService<PaymentHandler>().StartAsync(debt.Id, RevenueTestHost.Trader(debt.PartyId), $"race-{op}-{i}", null, CancellationToken.None)))));
                        Assert.True(attempts.Count(a => a is RevenueOutcome<Payment>.Done) <= 1, "at most one payment of a debt in flight");
                        Count("concurrent payments");
                    }
                }
                else if (roll < 88)
                {
                    if (await RandomDebtAsync(host, random, payableOnly: true) is { } debt)
                    {
                        var outcome = await host.RunAsync(sp => sp.GetRequiredService<PaymentHandler>().RecordAsync(debt.Id, RevenueTestHost.Officer("cashier"), random.Next(2) == 0 ? Payment.Cash : Payment.BankTransfer, debt.Amount, debt.Currency, $"RCPT-{op}", CancellationToken.None));
                        Count("manual payment: " + outcome.GetType().Name);
                    }
                }
                else if (roll < 91)
                {
                    var accounts = await host.RunAsync(sp => sp.GetRequiredService<RevenueDbContext>().DeferredAccounts.AsNoTracking().ToListAsync());
                    if (accounts.Count > 0)
                    {
                        var account = accounts[random.Next(accounts.Count)];
                        var period = host.Clock.GetUtcNow().ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                        var statement = await host.RunAsync(sp => sp.GetRequiredService<DeferredAccountHandler>().IssueStatementAsync(account.Id, RevenueTestHost.Officer("fin-a"), period, CancellationToken.None));
                        if (statement is RevenueOutcome<Statement>.Done done && random.Next(3) != 0)
                        {
                            await host.RunAsync(sp => sp.GetRequiredService<DeferredAccountHandler>().DirectDebitAsync(account.Id, done.Value.Id, RevenueTestHost.Officer("fin-b"), CancellationToken.None));
                            Count("direct debit");
                        }
                    }
                }
                else
                {
                    await RandomRefundStepAsync(host, random, Count);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // Two movements on one account or debt at once: the later one is refused (409 over HTTP) and changes nothing.
                Count("concurrency conflict");
            }
        }

        foreach (var (what, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{count,6}  {what}");
        }

        var reconciliation = await host.RunAsync(sp => sp.GetRequiredService<RevenueReports>().ReconcileAsync(CancellationToken.None));
        Assert.NotEmpty(reconciliation);
        foreach (var currency in reconciliation)
        {
            output.WriteLine($"{currency.Currency}: assessed {currency.Assessed}, paid {currency.Paid}, deferred {currency.Deferred}, secured {currency.Secured}, outstanding {currency.Outstanding}, cancelled {currency.Cancelled}, collected {currency.Collected}, direct debits {currency.DirectDebited}, over-paid {currency.OverPaid}, refunded {currency.Refunded}");
            foreach (var check in currency.Checks)
            {
                Assert.True(check.Difference == 0m, $"{currency.Currency} {check.Check}: expected {check.Expected}, ledger {check.Actual}");
            }
        }

        await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<RevenueDbContext>();
            var debts = await db.Debts.AsNoTracking().ToListAsync();
            var settling = (await db.Payments.AsNoTracking().Where(p => p.Status == PaymentStatus.Confirmed && !p.OverPayment).ToListAsync()).GroupBy(p => p.DebtId).ToDictionary(g => g.Key, g => g.Count());
            var charges = (await db.DeferredCharges.AsNoTracking().ToListAsync()).GroupBy(c => c.DebtId).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(settling.Values, count => Assert.Equal(1, count));
            foreach (var debt in debts)
            {
                var paidBy = settling.GetValueOrDefault(debt.Id) + charges.GetValueOrDefault(debt.Id);
                Assert.True(paidBy <= 1, $"debt {debt.Id} settled {paidBy} times");
                if (debt.Status is DebtStatus.Paid or DebtStatus.Deferred)
                {
                    Assert.Equal(1, paidBy);
                }
            }

            Assert.Contains(debts, d => d.Status == DebtStatus.Paid);
            Assert.Contains(debts, d => d.Status == DebtStatus.Deferred);
            Assert.Contains(debts, d => d.Status == DebtStatus.Secured || d.GuaranteeId != null);
            Assert.True(await db.Refunds.AnyAsync(r => r.Status == RefundStatus.Paid));
            return 0;
        });
    }

    private static DutiesAssessed Assessment(Random random, Declared d)
    {
        var lines = new List<TaxLine>();
        for (var item = 1; item <= random.Next(1, 4); item++)
        {
            var value = random.Next(100, 2_000_000) / 100m;
            var duty = decimal.Round(value * random.Next(0, 13) / 100m, 2);
            var vat = decimal.Round((value + duty) * 0.2m, 2);
            if (duty > 0m)
            {
                lines.Add(new TaxLine(item, "A00", value, 0m, duty, d.Currency, "random"));
            }

            lines.Add(new TaxLine(item, "B00", value + duty, 20m, vat, d.Currency, "random"));
        }

        return new DutiesAssessed(d.Id, d.Version, d.Lrn, null, d.Party, "ZZ00000" + random.Next(1, 4), lines, lines.Sum(l => l.Amount), d.Currency) { OccurredAt = DateTimeOffset.UnixEpoch };
    }

    private static Task<int> Deliver(RevenueTestHost host, DutiesAssessed e) => host.RunAsync(async sp =>
    {
        await sp.GetRequiredService<DutiesAssessedHandler>().HandleAsync(e, CancellationToken.None);
        return 0;
    });

    private static Task<Debt?> RandomDebtAsync(RevenueTestHost host, Random random, bool payableOnly) => host.RunAsync(async sp =>
    {
        var db = sp.GetRequiredService<RevenueDbContext>();
        var query = db.Debts.AsNoTracking();
        if (payableOnly)
        {
            query = query.Where(d => d.Status == DebtStatus.Open || d.Status == DebtStatus.Secured);
        }

        var count = await query.CountAsync();
        return count == 0 ? null : await query.OrderBy(d => d.Id).Skip(random.Next(count)).FirstAsync();
    });

    private static async Task RandomRefundStepAsync(RevenueTestHost host, Random random, Action<string> count)
    {
        var officers = new[] { "fin-a", "fin-b", "fin-c" };
        var pending = await host.RunAsync(sp => sp.GetRequiredService<RevenueDbContext>().Refunds.AsNoTracking().Where(r => r.Status == RefundStatus.Requested || r.Status == RefundStatus.Approved).ToListAsync());
        if (pending.Count > 0 && random.Next(2) == 0)
        {
            var refund = pending[random.Next(pending.Count)];
            var officer = random.Next(4) == 0 ? refund.RequestedBy : officers[random.Next(officers.Length)];
            if (refund.Status == RefundStatus.Requested)
            {
                var decided = await host.RunAsync(sp => sp.GetRequiredService<RefundHandler>().DecideAsync(refund.Id, RevenueTestHost.Officer(officer), random.Next(5) == 0 ? "reject" : "approve", "checked", CancellationToken.None));
                count("refund decided: " + decided.GetType().Name);
            }
            else
            {
                var paid = await host.RunAsync(sp => sp.GetRequiredService<RefundHandler>().PayAsync(refund.Id, RevenueTestHost.Officer(officer), CancellationToken.None));
                count("refund paid: " + paid.GetType().Name);
            }

            return;
        }

        var debts = await host.RunAsync(sp => sp.GetRequiredService<RevenueDbContext>().Debts.AsNoTracking().Where(d => d.Status == DebtStatus.Paid || d.Status == DebtStatus.Deferred || d.OverPaid > d.OverPaidRefunded).ToListAsync());
        if (debts.Count == 0)
        {
            return;
        }

        var debt = debts[random.Next(debts.Count)];
        var reason = debt.OverPaid > debt.OverPaidRefunded ? Refund.OverPayment : random.Next(2) == 0 ? Refund.ReturnedGoods : Refund.Drawback;
        var most = debt.Refundable(reason);
        var amount = random.Next(6) == 0 ? most + 0.01m : Math.Max(0.01m, decimal.Round(most * random.Next(1, 101) / 100m, 2));
        var outcome = await host.RunAsync(sp => sp.GetRequiredService<RefundHandler>().RequestAsync(RevenueTestHost.Officer(officers[random.Next(officers.Length)]), debt.Id, amount, reason, "randomized", CancellationToken.None));
        count($"refund requested ({reason}): " + outcome.GetType().Name);
    }
}
