using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Callbacks;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class CallbackTaskConfiguration : IEntityTypeConfiguration<CallbackTask>
{
    public void Configure(EntityTypeBuilder<CallbackTask> builder)
    {
        builder.ToTable("Callbacks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.AgentCode).HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.Property(c => c.RuleId).HasMaxLength(10);
        builder.Ignore(c => c.Clock);
        builder.HasIndex(c => new { c.DoneAt, c.DueAt });
        builder.HasIndex(c => c.AgentCode);
        builder.HasIndex(c => c.ComplaintId);
        builder.HasIndex(c => c.ContactId);
    }
}
