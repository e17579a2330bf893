using FinalAccounts.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class BasicDataAmountsConfiguration : IEntityTypeConfiguration<BasicDataAmounts>
{
    public void Configure(EntityTypeBuilder<BasicDataAmounts> builder)
    {
        builder.ToTable("performance_basic_data_lines");
        builder.HasIndex("DisclosureVersionId", nameof(BasicDataAmounts.Sequence)).IsUnique();
        builder.Property(l => l.Name).HasMaxLength(BasicDataAmounts.MaxNameLength);
        builder.Ignore(l => l.Label);
    }
}
