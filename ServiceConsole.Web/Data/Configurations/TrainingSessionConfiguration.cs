using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Training;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("TrainingSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(200).IsRequired();
        builder.Property(s => s.TopicList).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Month).HasMaxLength(7).IsRequired();
        builder.Property(s => s.TeamList).HasMaxLength(500).IsRequired();
        builder.Property(s => s.ScheduledBy).HasMaxLength(100).IsRequired();
        builder.Property(s => s.RemindersSent).HasMaxLength(100).IsRequired();
        builder.Ignore(s => s.Topics);
        builder.Ignore(s => s.Teams);
        builder.Ignore(s => s.EndsAt);
        builder.HasIndex(s => s.Month);
        builder.HasIndex(s => s.StartsAt);
        builder.OwnsMany(s => s.Attendees, attendees =>
        {
            attendees.ToTable("TrainingSessionAttendees");
            attendees.WithOwner().HasForeignKey("SessionId");
            attendees.Property<int>("Id");
            attendees.HasKey("Id");
            attendees.HasIndex("SessionId", nameof(SessionAttendee.AgentCode)).IsUnique();
            attendees.Property(a => a.AgentCode).HasMaxLength(20);
            attendees.Property(a => a.Result).HasMaxLength(200);
            attendees.Property(a => a.RecordedBy).HasMaxLength(100);
            attendees.HasIndex(a => a.AgentCode);
        });
        builder.Navigation(s => s.Attendees).HasField("_attendees").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
