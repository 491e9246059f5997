using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceConsole.Domain.Audit;

namespace ServiceConsole.Web.Data.Configurations;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    /// <summary>The table's name: the migration's triggers refuse any UPDATE or DELETE on it.</summary>
    public const string Table = "AuditRecords";

    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(a => a.Sequence);
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.Property(a => a.Actor).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(40).IsRequired();
        builder.Property(a => a.Subject).HasMaxLength(120);
        builder.Property(a => a.Fields).HasMaxLength(100);
        builder.Property(a => a.Detail).HasMaxLength(500);
        builder.Property(a => a.From).HasMaxLength(64);
        builder.Property(a => a.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => new { a.Actor, a.Sequence });
        builder.HasIndex(a => new { a.Subject, a.Sequence });
        builder.HasIndex(a => a.At);
    }
}
