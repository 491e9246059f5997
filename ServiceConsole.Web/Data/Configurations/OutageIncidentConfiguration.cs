using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class OutageIncidentConfiguration : IEntityTypeConfiguration<OutageIncident>
{
    public void Configure(EntityTypeBuilder<OutageIncident> builder)
    {
        builder.ToTable("OutageIncidents");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.NoticedBy).HasMaxLength(64);
        builder.Property(o => o.Description).HasMaxLength(1000);
        builder.Property(o => o.AcknowledgedBy).HasMaxLength(64);
        builder.Property(o => o.RestoredBy).HasMaxLength(64);
        builder.Property(o => o.RestoredNotice).HasMaxLength(1000);
        builder.Ignore(o => o.ReportClock);
        builder.Ignore(o => o.Clocks);
        builder.HasIndex(o => o.StartedAt);

        // The paper-form lines and the breach belong to the outage and are always loaded with it.
        builder.OwnsMany(o => o.Waiting, line =>
        {
            line.ToTable("OutageWaitingCustomers");
            line.WithOwner().HasForeignKey("OutageId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedNever();
            line.Property(l => l.CustomerName).HasMaxLength(100);
            line.Property(l => l.CustomerPhone).HasMaxLength(20);
            line.Property(l => l.WaybillNo).HasMaxLength(40);
            line.Property(l => l.Issue).HasMaxLength(500);
            line.Property(l => l.RecordedBy).HasMaxLength(64);
        });
        builder.OwnsMany(o => o.Breaches, breach =>
        {
            breach.ToTable("OutageBreaches");
            breach.WithOwner().HasForeignKey("OutageId");
            breach.HasKey(b => b.Id);
            breach.Property(b => b.Id).ValueGeneratedNever();
            breach.Property(b => b.RuleId).HasMaxLength(16);
            breach.Property(b => b.Clock).HasMaxLength(16);
        });
    }
}
