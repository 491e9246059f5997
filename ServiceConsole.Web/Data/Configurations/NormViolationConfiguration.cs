using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Points;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class NormViolationConfiguration : IEntityTypeConfiguration<NormViolation>
{
    public void Configure(EntityTypeBuilder<NormViolation> builder)
    {
        builder.ToTable("NormViolations");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.AgentCode).HasMaxLength(NormViolation.MaxCodeLength).IsRequired();
        builder.Property(v => v.Reason).HasMaxLength(NormViolation.MaxReasonLength).IsRequired();
        builder.Property(v => v.RuleId).HasMaxLength(10).IsRequired();
        builder.Property(v => v.RecordedBy).HasMaxLength(100).IsRequired();
        builder.Ignore(v => v.Source);

        // SVC-10: one per complaint, kept by the store as well as by the service.
        builder.HasIndex(v => v.ComplaintId).IsUnique().HasFilter("ComplaintId IS NOT NULL");
        builder.HasIndex(v => new { v.AgentCode, v.RecordedAt });
        builder.HasIndex(v => v.RecordedAt);
    }
}
