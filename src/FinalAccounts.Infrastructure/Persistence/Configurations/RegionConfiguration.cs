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
        builder.Property(r => r.Name).HasMaxLength(Region.MaxNameLength).IsRequired();
        builder.Property(r => r.ParentCode).HasMaxLength(6).IsFixedLength();
        builder.Ignore(r => r.IsRetired);
        builder.Ignore(r => r.Level);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.ParentCode).OnDelete(DeleteBehavior.Restrict);
    }
}
