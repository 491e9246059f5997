using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Assessment;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class MonthlyAssessmentConfiguration : IEntityTypeConfiguration<MonthlyAssessment>
{
    public void Configure(EntityTypeBuilder<MonthlyAssessment> builder)
    {
        builder.ToTable("MonthlyAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Month).HasMaxLength(7).IsRequired();
        builder.Property(a => a.AgentCode).HasMaxLength(20).IsRequired();
        builder.Property(a => a.AttitudeNote).HasMaxLength(MonthlyAssessment.MaxNoteLength);
        builder.Property(a => a.AttitudeBy).HasMaxLength(100);
        builder.Property(a => a.ComputedBy).HasMaxLength(100).IsRequired();
        builder.Property(a => a.TalkSummary).HasMaxLength(MonthlyAssessment.MaxTextLength);
        builder.Property(a => a.ImprovementPlan).HasMaxLength(MonthlyAssessment.MaxTextLength);
        builder.Property(a => a.ReviewedBy).HasMaxLength(100);
        builder.Ignore(a => a.Status);
        builder.Ignore(a => a.AssessedMonth);
        builder.Ignore(a => a.NeedsConsequences);
        builder.HasOne<Agent>().WithMany().HasForeignKey(a => a.AgentCode).OnDelete(DeleteBehavior.Restrict);

        // TRN-03: one result per month and agent; a re-run replaces it.
        builder.HasIndex(a => new { a.Month, a.AgentCode }).IsUnique();
        builder.HasIndex(a => new { a.AgentCode, a.Month });
    }
}
