using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class SearchSectionConfiguration : IEntityTypeConfiguration<SearchSection>
{
    public void Configure(EntityTypeBuilder<SearchSection> builder)
    {
        builder.HasKey(s => new { s.VersionId, s.Sequence });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Label).HasMaxLength(SearchSection.MaxLabelLength).IsRequired();
        builder.Property(s => s.Anchor).HasMaxLength(SearchSection.MaxAnchorLength);
        builder.Property(s => s.Text).IsRequired();
        builder.Property(s => s.FoldedText).IsRequired();
        builder.Property(s => s.Grams).IsRequired();
        // A GIN index over the grams: the index a search of any length, Chinese included, goes through.
        builder.HasIndex(s => s.Grams).HasMethod("gin");
        builder.HasOne<DisclosureVersion>().WithMany().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
