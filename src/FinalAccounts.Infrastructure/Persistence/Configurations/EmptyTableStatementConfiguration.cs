using FinalAccounts.Domain.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class EmptyTableStatementConfiguration : IEntityTypeConfiguration<EmptyTableStatement>
{
    public void Configure(EntityTypeBuilder<EmptyTableStatement> builder)
    {
        builder.ToTable("empty_table_statements");
        builder.Property<long>("Id");
        builder.HasKey("Id");
        builder.HasIndex("DisclosureVersionId", nameof(EmptyTableStatement.Table)).IsUnique();
        builder.Property(s => s.Table).HasColumnName("published_table");
        builder.Property(s => s.Text).HasMaxLength(EmptyTableStatement.MaxTextLength).IsRequired();
    }
}
