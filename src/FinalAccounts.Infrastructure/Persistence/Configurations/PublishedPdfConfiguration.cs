using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class PublishedPdfConfiguration : IEntityTypeConfiguration<PublishedPdf>
{
    public void Configure(EntityTypeBuilder<PublishedPdf> builder)
    {
        builder.HasKey(p => p.VersionId);
        builder.Property(p => p.VersionId).ValueGeneratedNever();
        builder.Property(p => p.Content).IsRequired();
        builder.Property(p => p.Sha256).HasMaxLength(64).IsRequired();
        builder.HasOne<DisclosureVersion>().WithOne().HasForeignKey<PublishedPdf>(p => p.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
