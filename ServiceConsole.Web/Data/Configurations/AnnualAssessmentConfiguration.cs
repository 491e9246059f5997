using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Assessment;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class AnnualAssessmentConfiguration : IEntityTypeConfiguration<AnnualAssessment>
{
    public void Configure(EntityTypeBuilder<AnnualAssessment> builder)
    {
        builder.ToTable("AnnualAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.AgentCode).HasMaxLength(20).IsRequired();
        builder.Property(a => a.ComputedBy).HasMaxLength(100).IsRequired();
        builder.HasOne<Agent>().WithMany().HasForeignKey(a => a.AgentCode).OnDelete(DeleteBehavior.Restrict);

        // TRN-03: one annual result per year and agent; December's re-run replaces it.
        builder.HasIndex(a => new { a.Year, a.AgentCode }).IsUnique();
    }
}
