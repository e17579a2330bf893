using FinalAccounts.Domain.Narrative;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class KeyWorkItemConfiguration : IEntityTypeConfiguration<KeyWorkItem>
{
    public void Configure(EntityTypeBuilder<KeyWorkItem> builder)
    {
        builder.ToTable("key_work_items");
        builder.HasIndex("DisclosureVersionId", nameof(KeyWorkItem.Sequence)).IsUnique();
        builder.Property(k => k.Title).HasMaxLength(KeyWorkItem.MaxTitleLength).IsRequired();
        builder.Property(k => k.Goal).HasMaxLength(KeyWorkItem.MaxTextLength);
        builder.Property(k => k.Completion).HasMaxLength(KeyWorkItem.MaxTextLength);
    }
}
