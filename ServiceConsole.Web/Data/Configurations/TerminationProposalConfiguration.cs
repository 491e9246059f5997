using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Assessment;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class TerminationProposalConfiguration : IEntityTypeConfiguration<TerminationProposal>
{
    public void Configure(EntityTypeBuilder<TerminationProposal> builder)
    {
        builder.ToTable("TerminationProposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Month).HasMaxLength(7).IsRequired();
        builder.Property(p => p.AgentCode).HasMaxLength(20).IsRequired();
        builder.Property(p => p.ProposedBy).HasMaxLength(100).IsRequired();
        builder.Ignore(p => p.Open);
        builder.HasOne<Agent>().WithMany().HasForeignKey(p => p.AgentCode).OnDelete(DeleteBehavior.Restrict);

        // TRN-06: one proposal per agent and month, however often the month is run.
        builder.HasIndex(p => new { p.AgentCode, p.Month }).IsUnique();
        builder.HasIndex(p => p.ProposedAt);
    }
}
