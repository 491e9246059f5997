using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Web.Data.Entities;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("Teams");
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(20);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.SupervisorUserName).HasMaxLength(256);
    }
}
