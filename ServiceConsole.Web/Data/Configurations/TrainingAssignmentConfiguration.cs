using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Training;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class TrainingAssignmentConfiguration : IEntityTypeConfiguration<TrainingAssignment>
{
    public void Configure(EntityTypeBuilder<TrainingAssignment> builder)
    {
        builder.ToTable("TrainingAssignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.AgentCode).HasMaxLength(20).IsRequired();
        builder.Property(a => a.RuleId).HasMaxLength(20).IsRequired();
        builder.Property(a => a.SourceKey).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Reason).HasMaxLength(500).IsRequired();
        builder.Property(a => a.AssignedBy).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Note).HasMaxLength(1000);
        builder.Property(a => a.DecidedBy).HasMaxLength(100);
        builder.Ignore(a => a.FailRuleId);
        builder.Ignore(a => a.PlannedEnd);
        builder.HasOne<Agent>().WithMany().HasForeignKey(a => a.AgentCode).OnDelete(DeleteBehavior.Restrict);

        // One assignment per agent, kind and cause however often a rule asks (a re-run assessment, a retried call).
        builder.HasIndex(a => new { a.AgentCode, a.Kind, a.SourceKey }).IsUnique();
        builder.HasIndex(a => new { a.Status, a.AssignedAt });
    }
}
