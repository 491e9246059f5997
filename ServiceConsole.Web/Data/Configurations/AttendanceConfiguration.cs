using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Attendance;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class PunchConfiguration : IEntityTypeConfiguration<Punch>
{
    public void Configure(EntityTypeBuilder<Punch> builder)
    {
        builder.ToTable("Punches");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.ExternalId).HasMaxLength(100);
        builder.HasIndex(p => p.ExternalId).IsUnique();
        builder.Property<string>(ConsoleDbContext.RequestHash).HasMaxLength(64);
        builder.Property(p => p.AgentCode).HasMaxLength(20).IsRequired();
        builder.Property(p => p.RecordedBy).HasMaxLength(100);
        builder.Property(p => p.Reason).HasMaxLength(500);
        builder.Property(p => p.VoidedBy).HasMaxLength(100);
        builder.Property(p => p.VoidReason).HasMaxLength(500);
        builder.HasIndex(p => new { p.AgentCode, p.At });
        builder.HasIndex(p => p.At);
    }
}

internal sealed class LeaveRequestConfiguration : IEntityTypeConfiguration<LeaveRequest>
{
    public void Configure(EntityTypeBuilder<LeaveRequest> builder)
    {
        builder.ToTable("LeaveRequests");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.AgentCode).HasMaxLength(20).IsRequired();
        builder.Property(l => l.Reason).HasMaxLength(500);
        builder.Property(l => l.FiledBy).HasMaxLength(100);
        builder.Property(l => l.DecidedBy).HasMaxLength(100);
        builder.Property(l => l.DecisionNote).HasMaxLength(500);
        builder.HasIndex(l => new { l.AgentCode, l.From });
        builder.HasIndex(l => l.Status);
    }
}

internal sealed class PayProfileConfiguration : IEntityTypeConfiguration<PayProfile>
{
    public void Configure(EntityTypeBuilder<PayProfile> builder)
    {
        builder.ToTable("PayProfiles");
        builder.HasKey(p => p.AgentCode);
        builder.Property(p => p.AgentCode).HasMaxLength(20);
        builder.Property(p => p.UpdatedBy).HasMaxLength(100);
    }
}

internal sealed class OvertimeRecordConfiguration : IEntityTypeConfiguration<OvertimeRecord>
{
    public void Configure(EntityTypeBuilder<OvertimeRecord> builder)
    {
        builder.ToTable("OvertimeRecords");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.AgentCode).HasMaxLength(20).IsRequired();
        builder.Property(o => o.Reason).HasMaxLength(500);
        builder.Property(o => o.RecordedBy).HasMaxLength(100);
        builder.Property(o => o.HourlyRate).HasPrecision(18, 4);
        builder.HasIndex(o => new { o.AgentCode, o.Date });
        builder.HasIndex(o => o.Date);
    }
}

internal sealed class RosterConfiguration : IEntityTypeConfiguration<Roster>
{
    public void Configure(EntityTypeBuilder<Roster> builder)
    {
        builder.ToTable("Rosters");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.TeamCode).HasMaxLength(20);
        builder.Property(r => r.AgentCode).HasMaxLength(20);
        builder.Property(r => r.WeekdayList).HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(200);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        builder.Ignore(r => r.Weekdays);
        builder.Ignore(r => r.Segments);
        builder.HasIndex(r => new { r.From, r.To });
    }
}
