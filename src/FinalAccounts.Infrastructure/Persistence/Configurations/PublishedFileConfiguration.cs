using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Publication;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class PublishedFileConfiguration : IEntityTypeConfiguration<PublishedFile>
{
    public void Configure(EntityTypeBuilder<PublishedFile> builder)
    {
        builder.HasKey(f => new { f.VersionId, f.Name });
        builder.Property(f => f.Name).HasMaxLength(PublishedFile.MaxNameLength);
        builder.Property(f => f.Content).IsRequired();
        builder.Property(f => f.Sha256).HasMaxLength(64).IsRequired();
        builder.HasOne<DisclosureVersion>().WithMany().HasForeignKey(f => f.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
