using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class EmergencyLogEntryConfiguration : IEntityTypeConfiguration<EmergencyLogEntry>
{
    public void Configure(EntityTypeBuilder<EmergencyLogEntry> builder)
    {
        builder.ToTable("EmergencyLog");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasMaxLength(20);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.Actor).HasMaxLength(64);
        builder.Property(e => e.IssueKey).HasMaxLength(120);
        builder.HasIndex(e => e.At);
    }
}
