using Microsoft.EntityFrameworkCore;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.Data;

/// <summary>The tables of rulings: applications with their attachments, published rulings, appeals.</summary>
internal static class RulingsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RulingApplication>(application =>
        {
            application.ToTable("RulingApplications");
            application.HasKey(a => a.Id);
            application.HasIndex(a => a.Reference).IsUnique();
            application.HasIndex(a => new { a.Party, a.IdempotencyKey }).IsUnique();
            application.HasIndex(a => a.Status);
            application.Property(a => a.Reference).HasMaxLength(20);
            application.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
            application.Property(a => a.Party).HasMaxLength(20);
            application.Property(a => a.SubmittedBy).HasMaxLength(100);
            application.Property(a => a.IdempotencyKey).HasMaxLength(100);
            application.Property(a => a.GoodsDescription).HasMaxLength(4000);
            application.Property(a => a.ProposedCode).HasMaxLength(10);
            application.Property(a => a.ConfidentialDetails).HasMaxLength(4000);
            application.Property(a => a.AssignedTo).HasMaxLength(100);
            application.Property(a => a.InformationRequest).HasMaxLength(4000);
            application.Property(a => a.TraderAnswer).HasMaxLength(4000);
            application.Property(a => a.DecidedCode).HasMaxLength(10);
            application.Property(a => a.Decision).HasMaxLength(8000);
            application.Property(a => a.RulingNumber).HasMaxLength(20);
            application.HasMany(a => a.Attachments).WithOne().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RulingAttachment>(attachment =>
        {
            attachment.ToTable("RulingAttachments");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.FileName).HasMaxLength(200);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
        });
        modelBuilder.Entity<Ruling>(ruling =>
        {
            ruling.ToTable("Rulings");
            ruling.HasKey(r => r.Number);
            ruling.HasIndex(r => r.ApplicationId).IsUnique();
            ruling.HasIndex(r => r.CommodityCode);
            ruling.Property(r => r.Number).HasMaxLength(20);
            ruling.Property(r => r.CommodityCode).HasMaxLength(10);
            ruling.Property(r => r.GoodsDescription).HasMaxLength(4000);
            ruling.Property(r => r.Justification).HasMaxLength(8000);
            ruling.Property(r => r.SearchText).HasMaxLength(12100);
            ruling.Property(r => r.Signature).HasMaxLength(200);
            ruling.Property(r => r.KeyId).HasMaxLength(40);
            ruling.Ignore(r => r.Annulment);
        });
        modelBuilder.Entity<CourtDecision>(decision =>
        {
            decision.ToTable("CourtDecisions");
            decision.HasKey(d => d.Number);
            decision.HasIndex(d => d.CaseKey).IsUnique();
            decision.HasIndex(d => d.PublishedAt);
            decision.Property(d => d.Number).HasMaxLength(20);
            decision.Property(d => d.Court).HasMaxLength(200);
            decision.Property(d => d.CaseNumber).HasMaxLength(60);
            decision.Property(d => d.CaseKey).HasMaxLength(261);
            decision.Property(d => d.Parties).HasMaxLength(500);
            decision.Property(d => d.CommodityCodes).HasMaxLength(110);
            decision.Property(d => d.Summary).HasMaxLength(2000);
            decision.Property(d => d.OperativeText).HasMaxLength(8000);
            decision.Property(d => d.SearchText).HasMaxLength(11000);
            decision.Property(d => d.Signature).HasMaxLength(200);
            decision.Property(d => d.KeyId).HasMaxLength(40);
            decision.Ignore(d => d.Codes);
            decision.HasMany(d => d.Rulings).WithOne().HasForeignKey(r => r.DecisionNumber).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CourtDecisionRuling>(concerned =>
        {
            concerned.ToTable("CourtDecisionRulings");
            concerned.HasKey(r => new { r.DecisionNumber, r.RulingNumber });
            concerned.HasIndex(r => r.RulingNumber);
            concerned.Property(r => r.DecisionNumber).HasMaxLength(20);
            concerned.Property(r => r.RulingNumber).HasMaxLength(20);
        });
        modelBuilder.Entity<RulingAppeal>(appeal =>
        {
            appeal.ToTable("RulingAppeals");
            appeal.HasKey(a => a.Id);
            appeal.HasIndex(a => a.Reference).IsUnique();
            appeal.Property(a => a.Reference).HasMaxLength(20);
            appeal.Property(a => a.RulingNumber).HasMaxLength(20);
            appeal.Property(a => a.Party).HasMaxLength(20);
            appeal.Property(a => a.SubmittedBy).HasMaxLength(100);
            appeal.Property(a => a.Grounds).HasMaxLength(4000);
        });
    }
}
