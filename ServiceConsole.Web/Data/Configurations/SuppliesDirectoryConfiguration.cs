using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Supplies;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class SuppliesDirectoryConfiguration : IEntityTypeConfiguration<SuppliesDirectory>
{
    public void Configure(EntityTypeBuilder<SuppliesDirectory> builder)
    {
        builder.ToTable("SuppliesDirectories");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UpdatedBy).HasMaxLength(64);
        builder.Ignore(s => s.FormFields);
        builder.Ignore(s => s.MissingRoles);
        builder.Ignore(s => s.IsReady);

        // Contacts is a sorted view over the _contacts field, which EF reads and writes directly.
        builder.OwnsMany(s => s.Contacts, contact =>
        {
            contact.ToTable("SupplyContacts");
            contact.WithOwner().HasForeignKey("DirectoryId");
            contact.HasKey(c => c.Id);
            contact.Property(c => c.Id).ValueGeneratedNever();
            contact.Property(c => c.Name).HasMaxLength(100);
            contact.Property(c => c.Phone).HasMaxLength(30);
            contact.Property(c => c.Note).HasMaxLength(300);
        });
        builder.Navigation(s => s.Contacts).HasField("_contacts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
