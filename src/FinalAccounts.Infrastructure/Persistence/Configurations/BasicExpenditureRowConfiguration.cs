using FinalAccounts.Domain.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class BasicExpenditureRowConfiguration : IEntityTypeConfiguration<BasicExpenditureRow>
{
    public void Configure(EntityTypeBuilder<BasicExpenditureRow> builder)
    {
        builder.ToTable("table06_basic_expenditure_rows");
        builder.HasIndex("DisclosureVersionId", nameof(BasicExpenditureRow.Code)).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(BasicExpenditureRow.MaxNameLength).IsRequired();
    }
}
