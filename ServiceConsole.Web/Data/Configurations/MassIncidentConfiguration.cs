using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class MassIncidentConfiguration : IEntityTypeConfiguration<MassIncident>
{
    public void Configure(EntityTypeBuilder<MassIncident> builder)
    {
        builder.ToTable("MassIncidents");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.IssueKey).HasMaxLength(120);
        builder.Property(m => m.IssueTitle).HasMaxLength(200);
        builder.Property(m => m.ApologyNotice).HasMaxLength(2000);
        builder.Property(m => m.PlanText).HasMaxLength(4000);
        builder.Property(m => m.PlanPublishedBy).HasMaxLength(64);
        builder.Property(m => m.TeamAgentCode).HasMaxLength(50);
        builder.Property(m => m.TeamSpecialistCode).HasMaxLength(50);
        builder.Property(m => m.TeamOutletHeadName).HasMaxLength(50);
        builder.Property(m => m.TeamFormedBy).HasMaxLength(64);
        builder.Property(m => m.ClosedBy).HasMaxLength(64);
        builder.Property(m => m.SolutionNote).HasMaxLength(2000);
        builder.Property(m => m.SolutionFindings).HasMaxLength(2000);
        builder.Property(m => m.SolutionDecidedBy).HasMaxLength(64);
        builder.Ignore(m => m.Team);
        builder.Ignore(m => m.Solution);
        builder.Ignore(m => m.PendingSolution);
        builder.Ignore(m => m.PlanClock);
        builder.Ignore(m => m.ResolveAllClock);
        builder.Ignore(m => m.Clocks);
        builder.HasIndex(m => new { m.IssueKey, m.IsDrill, m.ClosedAt });

        builder.OwnsMany(m => m.Links, link =>
        {
            link.ToTable("MassIncidentLinks");
            link.WithOwner().HasForeignKey("IncidentId");
            link.HasKey(l => l.Id);
            link.Property(l => l.Id).ValueGeneratedNever();
            link.Property(l => l.SolutionAppliedBy).HasMaxLength(64);
            link.HasIndex(l => l.ComplaintId);
        });
        builder.OwnsMany(m => m.Notifications, task =>
        {
            task.ToTable("MassNotifications");
            task.WithOwner().HasForeignKey("IncidentId");
            task.HasKey(t => t.Id);
            task.Property(t => t.Id).ValueGeneratedNever();
            task.Property(t => t.AssignedTo).HasMaxLength(64);
            task.Property(t => t.DoneBy).HasMaxLength(64);
        });
        builder.OwnsMany(m => m.Breaches, breach =>
        {
            breach.ToTable("MassIncidentBreaches");
            breach.WithOwner().HasForeignKey("IncidentId");
            breach.HasKey(b => b.Id);
            breach.Property(b => b.Id).ValueGeneratedNever();
            breach.Property(b => b.RuleId).HasMaxLength(16);
            breach.Property(b => b.Clock).HasMaxLength(16);
        });
    }
}
