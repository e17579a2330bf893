using FinalAccounts.Domain.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class SummaryExpenditureLineConfiguration : IEntityTypeConfiguration<SummaryExpenditureLine>
{
    public void Configure(EntityTypeBuilder<SummaryExpenditureLine> builder)
    {
        builder.ToTable("table01_expenditure_lines");
        builder.HasIndex("DisclosureVersionId", nameof(SummaryExpenditureLine.ClassCode)).IsUnique();
        builder.Property(l => l.Name).HasMaxLength(SummaryExpenditureLine.MaxNameLength).IsRequired();
    }
}
