using FinalAccounts.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class PerformanceIndicatorConfiguration : IEntityTypeConfiguration<PerformanceIndicator>
{
    public void Configure(EntityTypeBuilder<PerformanceIndicator> builder)
    {
        builder.ToTable("performance_indicators");
        builder.HasIndex("GoalId", nameof(PerformanceIndicator.Sequence)).IsUnique();
        builder.Property(i => i.Level1).HasMaxLength(PerformanceIndicator.MaxLevel1Length).IsRequired();
        builder.Property(i => i.Level2).HasMaxLength(PerformanceIndicator.MaxLevel2Length);
        builder.Property(i => i.Level3).HasMaxLength(PerformanceIndicator.MaxTextLength).IsRequired();
        builder.Property(i => i.Target).HasMaxLength(PerformanceIndicator.MaxTextLength);
        builder.Property(i => i.Actual).HasMaxLength(PerformanceIndicator.MaxTextLength);
        builder.Property(i => i.Weight).HasColumnType("numeric");
        builder.Property(i => i.Score).HasColumnType("numeric");
        builder.Property(i => i.Deviation).HasMaxLength(PerformanceIndicator.MaxDeviationLength);
    }
}
