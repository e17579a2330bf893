using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Comparisons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class LineFactConfiguration : IEntityTypeConfiguration<LineFact>
{
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
        builder.HasOne<DisclosureVersion>().WithMany().HasForeignKey(f => f.DisclosureVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
