using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Complaints;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ExternalId).HasMaxLength(100).IsRequired();
        builder.HasIndex(c => c.ExternalId).IsUnique();
        builder.Property<string>(ConsoleDbContext.RequestHash).HasMaxLength(64);
        builder.Property(c => c.CustomerName).HasMaxLength(100);
        builder.Property(c => c.CustomerPhone).HasMaxLength(20);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.HasIndex(c => c.CustomerId);
        builder.Property(c => c.WaybillNo).HasMaxLength(40);
        builder.Property(c => c.OutletCode).HasMaxLength(40);
        builder.Property(c => c.Demand).HasMaxLength(500);
        builder.Property(c => c.IssueKey).HasMaxLength(120);
        builder.Property(c => c.Findings).HasMaxLength(2000);
        builder.Property(c => c.Assignee).HasMaxLength(64);

        // INF-04: only the protected copy is stored; the clear number lives in memory (IdNumberUnsealer reads it back).
        builder.Ignore(c => c.IdNumber);
        builder.Property(c => c.IdNumberProtected).HasMaxLength(400);
        builder.HasIndex(c => c.IdNumberExpiresAt);
        builder.HasIndex(c => new { c.IssueKey, c.ReceivedAt });
        builder.HasIndex(c => new { c.WaybillNo, c.Status });
        builder.HasIndex(c => new { c.Status, c.ReceivedAt });

        // The history, rounds and breaches belong to the complaint and are always loaded with it.
        builder.OwnsMany(c => c.History, history =>
        {
            history.ToTable("ComplaintHistory");
            history.WithOwner().HasForeignKey("ComplaintId");
            history.HasKey(h => h.Id);
            history.Property(h => h.Id).ValueGeneratedNever();
            history.Property(h => h.Action).HasMaxLength(40);
            history.Property(h => h.Actor).HasMaxLength(64);
            history.Property(h => h.Note).HasMaxLength(2000);
        });
        builder.OwnsMany(c => c.Rounds, round =>
        {
            round.ToTable("NegotiationRounds");
            round.WithOwner().HasForeignKey("ComplaintId");
            round.HasKey(r => r.Id);
            round.Property(r => r.Id).ValueGeneratedNever();
            round.Property(r => r.Note).HasMaxLength(2000);
            round.Property(r => r.AnswerNote).HasMaxLength(2000);
            round.Property(r => r.ProposedBy).HasMaxLength(64);
        });
        builder.OwnsMany(c => c.Breaches, breach =>
        {
            breach.ToTable("ComplaintBreaches");
            breach.WithOwner().HasForeignKey("ComplaintId");
            breach.HasKey(b => b.Id);
            breach.Property(b => b.Id).ValueGeneratedNever();
            breach.Property(b => b.RuleId).HasMaxLength(16);
            breach.Property(b => b.Clock).HasMaxLength(16);
        });

        // CMP-04: what the verification gathered, one entry per kind.
        builder.OwnsMany(c => c.Evidence, evidence =>
        {
            evidence.ToTable("ComplaintEvidence");
            evidence.WithOwner().HasForeignKey("ComplaintId");
            evidence.HasKey(e => e.Id);
            evidence.Property(e => e.Id).ValueGeneratedNever();
            evidence.Property(e => e.Note).HasMaxLength(1000);
            evidence.Property(e => e.RecordedBy).HasMaxLength(64);
        });

        // CMP-11/12: at most one record per complaint, revised by a re-verification.
        builder.OwnsOne(c => c.Accountability, record =>
        {
            record.ToTable("Accountability");
            record.WithOwner().HasForeignKey(a => a.ComplaintId);
            record.HasKey(a => a.ComplaintId);
            record.Property(a => a.Accountable).HasMaxLength(100);
            record.Property(a => a.OutletCode).HasMaxLength(40);
            record.Property(a => a.RuleId).HasMaxLength(10);
            record.Property(a => a.RecordedBy).HasMaxLength(100);
            record.HasIndex(a => new { a.Party, a.Accountable, a.RecordedAt });
        });
    }
}
