using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("Contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ExternalId).HasMaxLength(100).IsRequired();
        builder.HasIndex(c => c.ExternalId).IsUnique();
        builder.Property<string>(ConsoleDbContext.RequestHash).HasMaxLength(64);
        builder.Property(c => c.CustomerName).HasMaxLength(100);
        builder.Property(c => c.CustomerPhone).HasMaxLength(20);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.HasIndex(c => c.CustomerId);
        builder.Property(c => c.WaybillNo).HasMaxLength(40);
        builder.Property(c => c.Topic).HasMaxLength(100);
        builder.Property(c => c.AgentCode).HasMaxLength(20);

        // INF-04: only the protected copy is stored; the clear number lives in memory (IdNumberUnsealer reads it back).
        builder.Ignore(c => c.IdNumber);
        builder.Property(c => c.IdNumberProtected).HasMaxLength(400);
        builder.HasIndex(c => c.IdNumberExpiresAt);
        builder.HasIndex(c => new { c.Status, c.Channel, c.ArrivedAt });
        builder.HasIndex(c => new { c.AgentCode, c.Status });

        // Routing's per-agent load (RoutingService.OpenContactsByAgent) reads this index alone, once per ingested contact.
        builder.HasIndex(c => new { c.Channel, c.Status, c.AgentCode });
        builder.HasIndex(c => c.ArrivedAt);
    }
}
