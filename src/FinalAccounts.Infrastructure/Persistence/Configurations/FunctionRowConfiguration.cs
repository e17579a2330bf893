using FinalAccounts.Domain.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal abstract class FunctionRowConfiguration<TRow>(string table) : IEntityTypeConfiguration<TRow> where TRow : FunctionRow
{
    public void Configure(EntityTypeBuilder<TRow> builder)
    {
        builder.ToTable(table);
        builder.HasKey(r => r.Id);
        builder.HasIndex("DisclosureVersionId", nameof(FunctionRow.Sequence)).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(FunctionRow.MaxNameLength).IsRequired();
        builder.Ignore(r => r.IsTotal);
        builder.Ignore(r => r.Label);
        builder.Ignore(r => r.Cells);
    }
}
