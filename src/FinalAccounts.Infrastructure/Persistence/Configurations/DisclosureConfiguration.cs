using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

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
        builder.Ignore(d => d.FirstPublishedOn);
    }
}
