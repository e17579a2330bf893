using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Comparisons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class LineFactConfiguration : IEntityTypeConfiguration<LineFact>
{
    private static readonly PublishedTable[] Tables = [.. PublishedTables.All];

    public void Configure(EntityTypeBuilder<LineFact> builder)
    {
        builder.ToTable("line_facts");
        builder.HasKey(f => new { f.DisclosureVersionId, f.Table, f.Line, f.ColumnKey });
        builder.Property(f => f.Table).HasColumnName("published_table");
        builder.Property(f => f.Line).HasMaxLength(LineFact.MaxLineLength);
        builder.Property(f => f.ColumnKey).HasMaxLength(LineFact.MaxColumnLength);
        builder.Property(f => f.Name).HasMaxLength(Domain.Tables.FunctionRow.MaxNameLength);
        // Comparisons read a department's years, or a year's departments through the department.
        builder.HasIndex(f => new { f.DepartmentId, f.Year });
        // The comparisons' measures read about a tenth of a version's facts, from this index alone
        // (migration 0017); the filter is ComparisonMeasures', so a new measure line needs a migration.
        builder.HasIndex(f => f.DisclosureVersionId, "ix_line_facts_measure_lines")
            .HasFilter(ComparisonMeasures.LinesFilter)
            .IncludeProperties(f => new { f.Table, f.Line, f.ColumnKey, f.Amount });
        // The figures beside the tables (机关运行经费, 在职实有人数; FigureFacts) share the table under a
        // source no PublishedTable names; this entity is the tables' cells only.
        builder.HasQueryFilter(f => Tables.Contains(f.Table));
        builder.HasOne<DisclosureVersion>().WithMany().HasForeignKey(f => f.DisclosureVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
