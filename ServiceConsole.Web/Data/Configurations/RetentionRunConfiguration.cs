using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Web.Data.Entities;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class RetentionRunConfiguration : IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionRun> builder)
    {
        builder.ToTable("RetentionRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.StartedBy).HasMaxLength(RetentionRun.MaxStartedByLength);

        // The list is newest first; a start looks for the unfinished run to resume.
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => r.FinishedAt);
    }
}
