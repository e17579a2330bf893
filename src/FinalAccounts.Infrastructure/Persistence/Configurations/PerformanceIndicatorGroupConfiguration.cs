using FinalAccounts.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class PerformanceIndicatorGroupConfiguration : IEntityTypeConfiguration<PerformanceIndicatorGroup>
{
    public void Configure(EntityTypeBuilder<PerformanceIndicatorGroup> builder)
    {
        builder.ToTable("performance_indicator_groups");
        builder.HasIndex("EvaluationId", nameof(PerformanceIndicatorGroup.Sequence)).IsUnique();
        builder.Property(g => g.Level1).HasMaxLength(PerformanceIndicator.MaxLevel1Length).IsRequired();
        builder.Property(g => g.Weight).HasColumnType("numeric");
    }
}
