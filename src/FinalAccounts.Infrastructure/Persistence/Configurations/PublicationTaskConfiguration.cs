using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Publication;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class PublicationTaskConfiguration : IEntityTypeConfiguration<PublicationTask>
{
    public void Configure(EntityTypeBuilder<PublicationTask> builder)
    {
        builder.HasKey(t => new { t.VersionId, t.Kind });
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.QueuedAt).HasDefaultValueSql("now()");
        builder.Property(t => t.DueAt).HasDefaultValueSql("now()");
        builder.Property(t => t.Attempts).HasDefaultValue(0);
        builder.Property(t => t.LastError).HasMaxLength(PublicationTask.MaxErrorLength);
        builder.HasIndex(t => t.DueAt);
        builder.HasOne<DisclosureVersion>().WithMany().HasForeignKey(t => t.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
