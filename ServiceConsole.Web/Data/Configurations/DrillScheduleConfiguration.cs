using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Drills;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class DrillScheduleConfiguration : IEntityTypeConfiguration<DrillSchedule>
{
    public void Configure(EntityTypeBuilder<DrillSchedule> builder)
    {
        builder.ToTable("DrillSchedules");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.CronExpression).HasMaxLength(120);
        builder.Property(d => d.Note).HasMaxLength(500);
        builder.Property(d => d.EditedBy).HasMaxLength(64);
    }
}
