using FinalAccounts.Domain.Narrative;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class DutyItemConfiguration : IEntityTypeConfiguration<DutyItem>
{
    public void Configure(EntityTypeBuilder<DutyItem> builder)
    {
        builder.ToTable("profile_duties");
        builder.HasIndex("DisclosureVersionId", nameof(DutyItem.Sequence)).IsUnique();
        builder.Property(d => d.Text).HasMaxLength(DutyItem.MaxTextLength).IsRequired();
    }
}
