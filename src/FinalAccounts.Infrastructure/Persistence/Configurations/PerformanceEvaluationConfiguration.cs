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
        // Scores keep the decimals the department entered (9.10, 95.5): numeric without a fixed scale.
        builder.Property(e => e.TotalScore).HasColumnType("numeric");
        builder.Property(e => e.FundWeight).HasColumnType("numeric");
        builder.Property(e => e.FundScore).HasColumnType("numeric");
        builder.Property(e => e.DeviationAnalysis).HasMaxLength(PerformanceEvaluation.MaxTextLength);
        builder.Property(e => e.Improvement).HasMaxLength(PerformanceEvaluation.MaxTextLength);
        builder.Property(e => e.Report).HasMaxLength(PerformanceEvaluation.MaxReportLength);
        builder.HasMany(e => e.Goals).WithOne().HasForeignKey("EvaluationId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        // Every goal's indicators in order: read from the goals, not a relationship of its own.
        builder.Ignore(e => e.Indicators);
        builder.HasMany(e => e.Funds).WithOne().HasForeignKey("EvaluationId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Groups).WithOne().HasForeignKey("EvaluationId").IsRequired().OnDelete(DeleteBehavior.Cascade);
    }
}
