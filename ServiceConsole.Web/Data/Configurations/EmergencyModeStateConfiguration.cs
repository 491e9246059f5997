using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class EmergencyModeStateConfiguration : IEntityTypeConfiguration<EmergencyModeState>
{
    public void Configure(EntityTypeBuilder<EmergencyModeState> builder)
    {
        builder.ToTable("EmergencyModes");
        builder.HasKey(m => m.Mode);
        builder.Property(m => m.Reason).HasMaxLength(500);
        builder.Property(m => m.IssueKey).HasMaxLength(120);
        builder.Property(m => m.ChangedBy).HasMaxLength(64);
    }
}
