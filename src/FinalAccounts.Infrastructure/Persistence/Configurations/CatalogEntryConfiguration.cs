using FinalAccounts.Domain.Classification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal abstract class CatalogEntryConfiguration<TEntry>(string table) : IEntityTypeConfiguration<TEntry>
    where TEntry : CatalogEntry
{
    public void Configure(EntityTypeBuilder<TEntry> builder)
    {
        builder.ToTable(table);
        builder.HasKey(nameof(CatalogEntry.Year), "Code");
        builder.Property(c => c.Name).HasMaxLength(CatalogEntry.MaxNameLength).IsRequired();
        builder.Property(c => c.Explanation).HasMaxLength(CatalogEntry.MaxExplanationLength);
    }
}
