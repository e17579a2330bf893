using FinalAccounts.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("departments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Code).HasMaxLength(Department.MaxCodeLength).IsRequired();
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(Department.MaxNameLength).IsRequired();
        builder.Property(d => d.ShortName).HasMaxLength(Department.MaxShortNameLength).IsRequired();
        builder.Property(d => d.RegionCode).HasMaxLength(6).IsFixedLength().IsRequired();
        builder.Property(d => d.Kind).HasMaxLength(DepartmentKinds.MaxLength).IsRequired();
        builder.Ignore(d => d.IsRetired);
        builder.HasOne<Region>().WithMany().HasForeignKey(d => d.RegionCode).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(d => d.Units, unit =>
        {
            unit.ToTable("budget_units");
            unit.WithOwner().HasForeignKey("DepartmentId");
            unit.HasKey("DepartmentId", nameof(BudgetUnit.Sequence));
            unit.Property(u => u.Sequence).ValueGeneratedNever();
            unit.Property(u => u.Name).HasMaxLength(Department.MaxNameLength).IsRequired();
        });
    }
}
