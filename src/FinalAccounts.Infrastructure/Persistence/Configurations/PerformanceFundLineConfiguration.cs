using FinalAccounts.Domain.Performance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class PerformanceFundLineConfiguration : IEntityTypeConfiguration<PerformanceFundLine>
{
    public void Configure(EntityTypeBuilder<PerformanceFundLine> builder)
    {
        builder.ToTable("performance_fund_lines");
        builder.HasIndex("EvaluationId", nameof(PerformanceFundLine.Line)).IsUnique();
    }
}
