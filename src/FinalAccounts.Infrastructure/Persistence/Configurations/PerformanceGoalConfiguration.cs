using FinalAccounts.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class PerformanceGoalConfiguration : IEntityTypeConfiguration<PerformanceGoal>
{
    public void Configure(EntityTypeBuilder<PerformanceGoal> builder)
    {
        builder.ToTable("performance_goals");
        builder.HasIndex("EvaluationId", nameof(PerformanceGoal.Sequence)).IsUnique();
        builder.Property(g => g.Text).HasMaxLength(PerformanceGoal.MaxTextLength);
        builder.Property(g => g.Achieved).HasMaxLength(PerformanceGoal.MaxTextLength);
        builder.HasMany(g => g.Indicators).WithOne().HasForeignKey("GoalId").IsRequired().OnDelete(DeleteBehavior.Cascade);
    }
}
