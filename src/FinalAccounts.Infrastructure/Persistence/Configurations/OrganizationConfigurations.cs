using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(6).IsFixedLength();
        builder.Property(r => r.Name).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ParentCode).HasMaxLength(6).IsFixedLength();
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("departments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Code).HasMaxLength(Department.MaxCodeLength).IsRequired();
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(128).IsRequired();
        builder.Property(d => d.ShortName).HasMaxLength(64).IsRequired();
        builder.Property(d => d.RegionCode).HasMaxLength(6).IsFixedLength().IsRequired();
        builder.HasOne<Region>().WithMany().HasForeignKey(d => d.RegionCode).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(d => d.Units, unit =>
        {
            unit.ToTable("budget_units");
            unit.WithOwner().HasForeignKey("DepartmentId");
            unit.HasKey("DepartmentId", nameof(BudgetUnit.Sequence));
            unit.Property(u => u.Sequence).ValueGeneratedNever();
            unit.Property(u => u.Name).HasMaxLength(128).IsRequired();
        });
    }
}

internal abstract class CatalogEntryConfiguration<TEntry>(string table) : IEntityTypeConfiguration<TEntry>
    where TEntry : CatalogEntry
{
    public void Configure(EntityTypeBuilder<TEntry> builder)
    {
        builder.ToTable(table);
        builder.HasKey(nameof(CatalogEntry.Year), "Code");
        builder.Property(c => c.Name).HasMaxLength(128).IsRequired();
        builder.Property(c => c.Explanation).HasMaxLength(2000);
    }
}

internal sealed class FunctionClassificationConfiguration()
    : CatalogEntryConfiguration<FunctionClassification>("function_classifications");

internal sealed class EconomicClassificationConfiguration()
    : CatalogEntryConfiguration<EconomicClassification>("economic_classifications");

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.ToTable("disclosures");
        builder.HasKey(d => d.Id);
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.DepartmentId, d.Year }).IsUnique();
        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DisclosureId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(d => d.LatestPublished);
    }
}
