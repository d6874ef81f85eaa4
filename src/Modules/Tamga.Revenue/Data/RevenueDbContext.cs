using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Persistence;
using Tamga.Revenue.Accounts;
using Tamga.Revenue.Guarantees;
using Tamga.Revenue.Ledger;
using Tamga.Revenue.Payments;
using Tamga.Revenue.Quotas;
using Tamga.Revenue.Refunds;

namespace Tamga.Revenue.Data;

internal class RevenueDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public static readonly ModuleStorage Tables = new("revenue", "revenue", "rev_");

    public override ModuleStorage Storage => Tables;

    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

    public DbSet<Posting> Postings => Set<Posting>();

    public DbSet<AccountBalance> AccountBalances => Set<AccountBalance>();

    public DbSet<Debt> Debts => Set<Debt>();

    public DbSet<DebtLine> DebtLines => Set<DebtLine>();

    public DbSet<DeferredAccount> DeferredAccounts => Set<DeferredAccount>();

    public DbSet<DeferredCharge> DeferredCharges => Set<DeferredCharge>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<Guarantee> Guarantees => Set<Guarantee>();

    public DbSet<GuaranteeReservation> GuaranteeReservations => Set<GuaranteeReservation>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<GatewayCallback> GatewayCallbacks => Set<GatewayCallback>();

    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<QuotaBalance> QuotaBalances => Set<QuotaBalance>();

    public DbSet<QuotaDrawing> QuotaDrawings => Set<QuotaDrawing>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LedgerEntry>(entry =>
        {
            entry.ToTable("LedgerEntries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.Kind).HasMaxLength(40);
            entry.Property(e => e.Actor).HasMaxLength(200);
            entry.Property(e => e.Description).HasMaxLength(500);
            entry.HasIndex(e => e.Reference);
            entry.HasIndex(e => e.At);
            entry.HasMany(e => e.Postings).WithOne().HasForeignKey(p => p.EntryId);
        });
        modelBuilder.Entity<Posting>(posting =>
        {
            posting.ToTable("Postings");
            posting.HasKey(p => new { p.EntryId, p.Line });
            posting.Property(p => p.Account).HasMaxLength(80);
            posting.Property(p => p.Currency).HasMaxLength(3);
            posting.Property(p => p.TaxType).HasMaxLength(10);
            posting.Property(p => p.Party).HasMaxLength(17);
            posting.Property(p => p.Office).HasMaxLength(8);
            posting.HasIndex(p => new { p.Account, p.Currency });
        });
        modelBuilder.Entity<AccountBalance>(balance =>
        {
            balance.ToTable("AccountBalances");
            balance.HasKey(b => new { b.Account, b.Currency });
            balance.Property(b => b.Account).HasMaxLength(80);
            balance.Property(b => b.Currency).HasMaxLength(3);
            balance.Property(b => b.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<Debt>(debt =>
        {
            debt.ToTable("Debts");
            debt.HasKey(d => d.Id);
            debt.Property(d => d.Id).ValueGeneratedNever();
            debt.Property(d => d.Lrn).HasMaxLength(35);
            debt.Property(d => d.Mrn).HasMaxLength(18);
            debt.Property(d => d.PartyId).HasMaxLength(17);
            debt.Property(d => d.Office).HasMaxLength(8);
            debt.Property(d => d.Currency).HasMaxLength(3);
            debt.Property(d => d.Status).HasConversion<string>().HasMaxLength(12);
            debt.Property(d => d.SettledBy).HasMaxLength(20);
            debt.Property(d => d.Version).IsConcurrencyToken();
            debt.HasIndex(d => new { d.DeclarationId, d.DeclarationVersion }).IsUnique();
            debt.HasIndex(d => new { d.PartyId, d.Status });
            debt.HasMany(d => d.Lines).WithOne().HasForeignKey(l => l.DebtId);
            debt.Ignore(d => d.IsPayable);
            debt.Ignore(d => d.Settled);
        });
        modelBuilder.Entity<DebtLine>(line =>
        {
            line.ToTable("DebtLines");
            line.HasKey(l => new { l.DebtId, l.Line });
            line.Property(l => l.TaxType).HasMaxLength(10);
        });
        modelBuilder.Entity<DeferredAccount>(account =>
        {
            account.ToTable("DeferredAccounts");
            account.HasKey(a => a.Id);
            account.Property(a => a.Id).ValueGeneratedNever();
            account.Property(a => a.Number).HasMaxLength(20);
            account.Property(a => a.PartyId).HasMaxLength(17);
            account.Property(a => a.Currency).HasMaxLength(3);
            account.Property(a => a.Version).IsConcurrencyToken();
            account.HasIndex(a => a.Number).IsUnique();
            account.HasIndex(a => a.PartyId);
            account.Ignore(a => a.Available);
        });
        modelBuilder.Entity<DeferredCharge>(charge =>
        {
            charge.ToTable("DeferredCharges");
            charge.HasKey(c => c.Id);
            charge.Property(c => c.Id).ValueGeneratedNever();
            charge.HasIndex(c => c.DebtId).IsUnique();
            charge.HasIndex(c => new { c.AccountId, c.StatementId });
        });
        modelBuilder.Entity<Statement>(statement =>
        {
            statement.ToTable("Statements");
            statement.HasKey(s => s.Id);
            statement.Property(s => s.Id).ValueGeneratedNever();
            statement.Property(s => s.Period).HasMaxLength(7);
            statement.HasIndex(s => new { s.AccountId, s.Period }).IsUnique();
        });
        modelBuilder.Entity<Guarantee>(guarantee =>
        {
            guarantee.ToTable("Guarantees");
            guarantee.HasKey(g => g.Id);
            guarantee.Property(g => g.Id).ValueGeneratedNever();
            guarantee.Property(g => g.Reference).HasMaxLength(24);
            guarantee.Property(g => g.PartyId).HasMaxLength(17);
            guarantee.Property(g => g.Kind).HasConversion<string>().HasMaxLength(14);
            guarantee.Property(g => g.CoversLrn).HasMaxLength(35);
            guarantee.Property(g => g.Currency).HasMaxLength(3);
            guarantee.Property(g => g.Version).IsConcurrencyToken();
            guarantee.HasIndex(g => g.Reference).IsUnique();
            guarantee.HasIndex(g => g.PartyId);
            guarantee.Ignore(g => g.Available);
        });
        modelBuilder.Entity<GuaranteeReservation>(reservation =>
        {
            reservation.ToTable("GuaranteeReservations");
            reservation.HasKey(r => r.Id);
            reservation.Property(r => r.Id).ValueGeneratedNever();
            reservation.HasIndex(r => r.DebtId).IsUnique();
            reservation.HasIndex(r => r.GuaranteeId);
        });
        modelBuilder.Entity<Payment>(payment =>
        {
            payment.ToTable("Payments");
            payment.HasKey(p => p.Id);
            payment.Property(p => p.Id).ValueGeneratedNever();
            payment.Property(p => p.PartyId).HasMaxLength(17);
            payment.Property(p => p.Method).HasMaxLength(20);
            payment.Property(p => p.Currency).HasMaxLength(3);
            payment.Property(p => p.IdempotencyKey).HasMaxLength(100);
            payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(10);
            payment.Property(p => p.Gateway).HasMaxLength(40);
            payment.Property(p => p.ExternalReference).HasMaxLength(100);
            payment.Property(p => p.DeclineReason).HasMaxLength(300);
            payment.Property(p => p.CreatedBy).HasMaxLength(200);
            payment.HasIndex(p => new { p.PartyId, p.IdempotencyKey }).IsUnique();
            // One payment in flight per debt, and one that settles it: the database refuses a second.
            payment.HasIndex(p => p.DebtId).HasDatabaseName("ix_rev_payments_one_pending").IsUnique().HasFilter("status = 'Pending'");
            payment.HasIndex(p => new { p.DebtId, p.OverPayment }).HasDatabaseName("ix_rev_payments_one_settling").IsUnique().HasFilter("status = 'Confirmed' AND NOT over_payment");
            payment.HasIndex(p => new { p.Method, p.ExternalReference }).IsUnique();
        });
        modelBuilder.Entity<GatewayCallback>(callback =>
        {
            callback.ToTable("GatewayCallbacks");
            callback.HasKey(c => c.CallbackId);
            callback.Property(c => c.CallbackId).HasMaxLength(100);
            callback.Property(c => c.Outcome).HasMaxLength(20);
            callback.HasIndex(c => c.PaymentId);
        });
        modelBuilder.Entity<QuotaBalance>(balance =>
        {
            balance.ToTable("QuotaBalances");
            balance.HasKey(b => new { b.OrderNumber, b.PeriodStart });
            balance.Property(b => b.OrderNumber).HasMaxLength(10);
            balance.Property(b => b.Unit).HasMaxLength(10);
            balance.Property(b => b.Version).IsConcurrencyToken();
            balance.Ignore(b => b.Balance);
        });
        modelBuilder.Entity<QuotaDrawing>(drawing =>
        {
            drawing.ToTable("QuotaDrawings");
            drawing.HasKey(d => d.Id);
            drawing.Property(d => d.Id).ValueGeneratedNever();
            drawing.Property(d => d.OrderNumber).HasMaxLength(10);
            drawing.Property(d => d.Reference).HasMaxLength(80);
            drawing.Property(d => d.Unit).HasMaxLength(10);
            drawing.Property(d => d.Status).HasConversion<string>().HasMaxLength(12);
            drawing.Property(d => d.ReturnReason).HasMaxLength(120);
            drawing.Property(d => d.Version).IsConcurrencyToken();
            drawing.HasIndex(d => new { d.OrderNumber, d.PeriodStart, d.Reference }).IsUnique();
            drawing.HasIndex(d => d.DeclarationId);
            drawing.HasIndex(d => new { d.Status, d.At });
        });
        modelBuilder.Entity<Refund>(refund =>
        {
            refund.ToTable("Refunds");
            refund.HasKey(r => r.Id);
            refund.Property(r => r.Id).ValueGeneratedNever();
            refund.Property(r => r.PartyId).HasMaxLength(17);
            refund.Property(r => r.Currency).HasMaxLength(3);
            refund.Property(r => r.Reason).HasMaxLength(20);
            refund.Property(r => r.Explanation).HasMaxLength(1000);
            refund.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
            refund.Property(r => r.RequestedBy).HasMaxLength(200);
            refund.Property(r => r.DecidedBy).HasMaxLength(200);
            refund.Property(r => r.DecisionNote).HasMaxLength(1000);
            refund.Property(r => r.PaidBy).HasMaxLength(200);
            refund.Property(r => r.Version).IsConcurrencyToken();
            refund.HasIndex(r => new { r.PartyId, r.Status });
            refund.HasIndex(r => r.DebtId);
        });
    }
}

internal sealed class SqliteRevenueDbContext(DbContextOptions<SqliteRevenueDbContext> options) : RevenueDbContext(options);

internal sealed class PostgresRevenueDbContext(DbContextOptions<PostgresRevenueDbContext> options) : RevenueDbContext(options);

internal sealed class SqliteRevenueDesignTimeFactory() : SqliteDesignTimeFactory<SqliteRevenueDbContext>(RevenueDbContext.Tables);

internal sealed class PostgresRevenueDesignTimeFactory() : PostgresDesignTimeFactory<PostgresRevenueDbContext>(RevenueDbContext.Tables);
