using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Web.Data.Entities;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class DrillRunConfiguration : IEntityTypeConfiguration<DrillRun>
{
    public void Configure(EntityTypeBuilder<DrillRun> builder)
    {
        builder.ToTable("DrillRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.IssueKey).HasMaxLength(120);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.Property(r => r.StartedBy).HasMaxLength(64);
        builder.Property(r => r.EndedBy).HasMaxLength(64);
        builder.Property(r => r.Failure).HasMaxLength(DrillRun.MaxFailureLength);
        builder.Ignore(r => r.IsRunning);
        builder.Ignore(r => r.RecordPrefix);

        // The drills page lists the latest runs and asks whether one is still running.
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => r.EndedAt);
    }
}
