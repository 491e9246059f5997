using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Web.Data.Entities;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.ToTable("Agents");
        builder.HasKey(a => a.Code);
        builder.Property(a => a.Code).HasMaxLength(20);
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.TeamCode).HasMaxLength(20);
        builder.Property(a => a.HoldRuleId).HasMaxLength(20);
        builder.Property(a => a.Level).HasMaxLength(20);
        builder.HasOne<Team>().WithMany().HasForeignKey(a => a.TeamCode);
        builder.HasIndex(a => new { a.Channel, a.Status });
    }
}
