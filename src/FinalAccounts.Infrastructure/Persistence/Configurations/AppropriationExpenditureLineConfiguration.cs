using FinalAccounts.Domain.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class AppropriationExpenditureLineConfiguration : IEntityTypeConfiguration<AppropriationExpenditureLine>
{
    public void Configure(EntityTypeBuilder<AppropriationExpenditureLine> builder)
    {
        builder.ToTable("table04_expenditure_lines");
        builder.HasIndex("DisclosureVersionId", nameof(AppropriationExpenditureLine.ClassCode)).IsUnique();
        builder.Property(l => l.Name).HasMaxLength(AppropriationExpenditureLine.MaxNameLength).IsRequired();
        builder.OwnsOne(l => l.Amounts);
        builder.Navigation(l => l.Amounts).IsRequired();
    }
}
