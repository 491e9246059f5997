using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Points;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class ExcellentAgentAwardConfiguration : IEntityTypeConfiguration<ExcellentAgentAward>
{
    public void Configure(EntityTypeBuilder<ExcellentAgentAward> builder)
    {
        builder.ToTable("ExcellentAgentAwards");

        // SVC-12: one excellent agent per month.
        builder.HasKey(a => a.Month);
        builder.Property(a => a.Month).HasMaxLength(7);
        builder.Property(a => a.AgentCode).HasMaxLength(100).IsRequired();
        builder.Property(a => a.ProposedAgentCode).HasMaxLength(100);
        builder.Property(a => a.Reason).HasMaxLength(ExcellentAgentAward.MaxReasonLength);
        builder.Property(a => a.ConfirmedBy).HasMaxLength(100).IsRequired();
        builder.Ignore(a => a.FollowsProposal);
    }
}
