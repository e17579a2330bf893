using FinalAccounts.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class PerformanceEvaluationConfiguration : IEntityTypeConfiguration<PerformanceEvaluation>
{
    public void Configure(EntityTypeBuilder<PerformanceEvaluation> builder)
    {
        builder.ToTable("performance_evaluations");
        builder.HasIndex("DisclosureVersionId", nameof(PerformanceEvaluation.Sequence)).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(PerformanceEvaluation.MaxNameLength).IsRequired();
        foreach (var text in new[]
                 {
                     nameof(PerformanceEvaluation.SupervisingDepartment), nameof(PerformanceEvaluation.ImplementingUnit),
                     nameof(PerformanceEvaluation.Category), nameof(PerformanceEvaluation.Attribute),
                     nameof(PerformanceEvaluation.ProjectType),
                 })
        {
            builder.Property<string?>(text).HasMaxLength(PerformanceEvaluation.MaxAttributeLength);
        }
        builder.Property(e => e.ExecutionRate).HasMaxLength(PerformanceEvaluation.MaxExecutionRateLength);
        builder.Property(e => e.Grade).HasMaxLength(PerformanceEvaluation.MaxGradeLength);
        builder.Property(e => e.TotalScore).HasPrecision(6, 2);
        builder.Property(e => e.DeviationAnalysis).HasMaxLength(PerformanceEvaluation.MaxTextLength);
        builder.Property(e => e.Improvement).HasMaxLength(PerformanceEvaluation.MaxTextLength);
        builder.Property(e => e.Report).HasMaxLength(PerformanceEvaluation.MaxReportLength);
        builder.HasMany(e => e.Goals).WithOne().HasForeignKey("EvaluationId").IsRequired().OnDelete(DeleteBehavior.Cascade);
    }
}
