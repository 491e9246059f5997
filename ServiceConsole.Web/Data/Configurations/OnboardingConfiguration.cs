using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Agents;
using ServiceConsole.Domain.Training;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class OnboardingConfiguration : IEntityTypeConfiguration<Onboarding>
{
    public void Configure(EntityTypeBuilder<Onboarding> builder)
    {
        builder.ToTable("Onboardings");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.AgentCode).HasMaxLength(20).IsRequired();
        builder.Property(o => o.MentorCode).HasMaxLength(20).IsRequired();
        builder.Property(o => o.EnrolledBy).HasMaxLength(100).IsRequired();
        builder.Ignore(o => o.Plan);
        builder.HasOne<Agent>().WithMany().HasForeignKey(o => o.AgentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agent>().WithMany().HasForeignKey(o => o.MentorCode).OnDelete(DeleteBehavior.Restrict);

        // TRN-01 is taken once: one onboarding per agent.
        builder.HasIndex(o => o.AgentCode).IsUnique();
        builder.HasIndex(o => new { o.Status, o.StartsOn });
        builder.OwnsMany(o => o.DaysDone, days =>
        {
            days.ToTable("OnboardingDays");
            days.WithOwner().HasForeignKey("OnboardingId");
            days.Property<int>("Id");
            days.HasKey("Id");
            days.HasIndex("OnboardingId", nameof(OnboardingDay.Day)).IsUnique();
            days.Property(d => d.DoneBy).HasMaxLength(100).IsRequired();
            days.Property(d => d.Note).HasMaxLength(1000);
        });
        builder.Navigation(o => o.DaysDone).HasField("_days").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(o => o.Exams, exams =>
        {
            exams.ToTable("OnboardingExams");
            exams.WithOwner().HasForeignKey("OnboardingId");
            exams.Property<int>("Id");
            exams.HasKey("Id");
            exams.HasIndex("OnboardingId", nameof(OnboardingExam.Attempt)).IsUnique();
            exams.Property(e => e.RecordedBy).HasMaxLength(100).IsRequired();
        });
        builder.Navigation(o => o.Exams).HasField("_exams").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
