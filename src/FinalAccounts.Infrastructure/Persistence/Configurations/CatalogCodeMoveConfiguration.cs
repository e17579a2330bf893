using FinalAccounts.Domain.Classification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class CatalogCodeMoveConfiguration : IEntityTypeConfiguration<CatalogCodeMove>
{
    public void Configure(EntityTypeBuilder<CatalogCodeMove> builder)
    {
        builder.ToTable("catalog_code_moves");
        builder.HasKey(m => new { m.Year, m.Catalog, m.OldCode });
        builder.Property(m => m.OldCode).HasMaxLength(7);
        builder.Property(m => m.NewCode).HasMaxLength(7).IsRequired();
    }
}
