using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Personnel;

namespace ServiceConsole.Web.Data.Configurations;

/// <summary>GEN-06: one employment record per agent, with its probation history.</summary>
internal sealed class EmploymentRecordConfiguration : IEntityTypeConfiguration<EmploymentRecord>
{
    public void Configure(EntityTypeBuilder<EmploymentRecord> builder)
    {
        builder.ToTable("EmploymentRecords");
        builder.HasKey(r => r.AgentCode);
        builder.Property(r => r.AgentCode).HasMaxLength(20);
        builder.Property(r => r.ConfirmedBy).HasMaxLength(100);
        builder.Ignore(r => r.WireStatus);
        builder.HasOne<Agent>().WithMany().HasForeignKey(r => r.AgentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ProbationEnd);
        builder.OwnsMany(r => r.History, history =>
        {
            history.ToTable("ProbationChanges");
            history.WithOwner().HasForeignKey("AgentCode");
            history.Property<int>("Id");
            history.HasKey("Id");
            history.Property(h => h.Reason).HasMaxLength(EmploymentRecord.MaxReasonLength);
            history.Property(h => h.By).HasMaxLength(100);
        });
        builder.Navigation(r => r.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
