using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Emergency;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class WeatherRequestConfiguration : IEntityTypeConfiguration<WeatherRequest>
{
    public void Configure(EntityTypeBuilder<WeatherRequest> builder)
    {
        builder.ToTable("WeatherRequests");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.CustomerName).HasMaxLength(100);
        builder.Property(w => w.CustomerPhone).HasMaxLength(20);
        builder.Property(w => w.WaybillNo).HasMaxLength(40);
        builder.Property(w => w.NewAddress).HasMaxLength(300);
        builder.Property(w => w.Note).HasMaxLength(1000);
        builder.Property(w => w.RecordedBy).HasMaxLength(64);
        builder.Property(w => w.DoneBy).HasMaxLength(64);
        builder.HasIndex(w => w.RecordedAt);
    }
}
