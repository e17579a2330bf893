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
        builder.HasOne<DisclosureVersion>().WithMany().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
