using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Personnel;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Web.Data.Configurations;

/// <summary>GEN-07: the rewards and penalties, proposed and decided.</summary>
internal sealed class DisciplineRecordConfiguration : IEntityTypeConfiguration<DisciplineRecord>
{
    public void Configure(EntityTypeBuilder<DisciplineRecord> builder)
    {
        builder.ToTable("DisciplineRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AgentCode).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Cause).HasMaxLength(DisciplineOptions.MaxCauseLength).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(DisciplineRecord.MaxNoteLength);
        builder.Property(r => r.DecisionNote).HasMaxLength(DisciplineRecord.MaxNoteLength);
        builder.Property(r => r.ProposedBy).HasMaxLength(100).IsRequired();
        builder.Property(r => r.DecidedBy).HasMaxLength(100);
        builder.Ignore(r => r.IsPenalty);
        builder.Ignore(r => r.WireStatus);
        builder.HasOne<Agent>().WithMany().HasForeignKey(r => r.AgentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AgentCode, r.Date });
        builder.HasIndex(r => r.Status);
    }
}
