using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Promotions;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class PromotionApplicationConfiguration : IEntityTypeConfiguration<PromotionApplication>
{
    public void Configure(EntityTypeBuilder<PromotionApplication> builder)
    {
        builder.ToTable("PromotionApplications");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.AgentCode).HasMaxLength(20).IsRequired();
        builder.Property(p => p.Statement).HasMaxLength(4000).IsRequired();
        builder.Property(p => p.AppliedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.TeamworkNotes).HasMaxLength(4000);
        builder.HasOne<Agent>().WithMany().HasForeignKey(p => p.AgentCode).OnDelete(DeleteBehavior.Restrict);

        // PRM-01: one open application per agent, also under concurrent requests.
        builder.HasIndex(p => p.AgentCode).IsUnique().HasFilter("\"Status\" NOT IN ('Rejected', 'Effective')").HasDatabaseName("IX_PromotionApplications_OpenPerAgent");
        builder.HasIndex(p => new { p.Status, p.AppliedAt });
        builder.OwnsMany(p => p.Steps, steps =>
        {
            steps.ToTable("PromotionSteps");
            steps.WithOwner().HasForeignKey("ApplicationId");
            steps.Property<int>("Id");
            steps.HasKey("Id");
            steps.HasIndex("ApplicationId", nameof(PromotionStep.Sequence)).IsUnique();
            steps.Property(s => s.By).HasMaxLength(256).IsRequired();
            steps.Property(s => s.Note).HasMaxLength(4000);
        });
        builder.Navigation(p => p.Steps).HasField("_steps").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(p => p.Objections, objections =>
        {
            objections.ToTable("PromotionObjections");
            objections.WithOwner().HasForeignKey("ApplicationId");
            objections.HasKey(o => o.Id);
            objections.Property(o => o.Id).ValueGeneratedNever();
            objections.Property(o => o.Text).HasMaxLength(4000).IsRequired();
            objections.Property(o => o.FiledBy).HasMaxLength(256).IsRequired();
            objections.Property(o => o.Answer).HasMaxLength(4000);
            objections.Property(o => o.AnsweredBy).HasMaxLength(256);
            objections.Ignore(o => o.IsAnswered);
        });
        builder.Navigation(p => p.Objections).HasField("_objections").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(p => p.IsOpen);
        builder.Ignore(p => p.UnansweredObjections);
    }
}
