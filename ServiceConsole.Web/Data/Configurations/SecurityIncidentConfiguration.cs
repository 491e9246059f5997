using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Security;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class SecurityIncidentConfiguration : IEntityTypeConfiguration<SecurityIncident>
{
    public void Configure(EntityTypeBuilder<SecurityIncident> builder)
    {
        builder.ToTable("SecurityIncidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.OpenedBy).HasMaxLength(100).IsRequired();
        builder.Property(i => i.Account).HasMaxLength(100);
        builder.Property(i => i.Description).HasMaxLength(1000).IsRequired();
        builder.Property(i => i.PlanStartedBy).HasMaxLength(100);
        builder.HasIndex(i => new { i.Account, i.OpenedAt });
        builder.HasIndex(i => i.OpenedAt);
        builder.OwnsMany(i => i.Customers, customers =>
        {
            customers.ToTable("SecurityIncidentCustomers");
            customers.WithOwner().HasForeignKey("IncidentId");
            customers.Property<int>("Id");
            customers.HasKey("Id");
            customers.Property(c => c.NotifiedBy).HasMaxLength(100);
        });
        builder.Navigation(i => i.Customers).HasField("_customers").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
