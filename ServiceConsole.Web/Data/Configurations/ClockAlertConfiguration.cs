using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Alerts;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class ClockAlertConfiguration : IEntityTypeConfiguration<ClockAlert>
{
    public void Configure(EntityTypeBuilder<ClockAlert> builder)
    {
        builder.ToTable("Alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.RuleId).HasMaxLength(10);
        builder.Property(a => a.Clock).HasMaxLength(20);
        builder.Property(a => a.AgentCode).HasMaxLength(20);
        builder.Property(a => a.Subject).HasMaxLength(200);
        builder.Ignore(a => a.Key);

        // Raising is idempotent: a repeated fire hits this index and changes nothing.
        builder.HasIndex(a => new { a.SubjectId, a.Clock, a.Kind, a.DueAt }).IsUnique();
        builder.HasIndex(a => a.RaisedAt);
    }
}
