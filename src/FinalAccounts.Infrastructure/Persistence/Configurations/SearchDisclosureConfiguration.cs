using System.Text.Json;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class SearchDisclosureConfiguration : IEntityTypeConfiguration<SearchDisclosure>
{

    public void Configure(EntityTypeBuilder<SearchDisclosure> builder)
    {
        builder.HasKey(s => s.DisclosureId);
        builder.Property(s => s.DisclosureId).ValueGeneratedNever();
        builder.Property(s => s.RegionCode).HasMaxLength(6).IsFixedLength().IsRequired();
        builder.Property(s => s.DepartmentCode).HasMaxLength(Department.MaxCodeLength).IsRequired();
        builder.Property(s => s.Names).IsRequired();
        builder.Property(s => s.Text).IsRequired().UseCompressionMethod("lz4");
        // Written once and replaced whole, never changed in place: compared by reference.
        builder.Property(s => s.Places).HasColumnName("sections").HasColumnType("jsonb").IsRequired()
            .HasConversion(
                places => JsonSerializer.Serialize(places, SearchDisclosure.PlacesJson),
                json => JsonSerializer.Deserialize<List<SearchPlace>>(json, SearchDisclosure.PlacesJson)!,
                new ValueComparer<IReadOnlyList<SearchPlace>>((a, b) => ReferenceEquals(a, b), places => places.Count, places => places));
        builder.Property(s => s.Body).IsRequired().UseCompressionMethod("lz4");
        builder.Property(s => s.Grams).IsRequired();
        builder.HasIndex(s => s.VersionId).IsUnique();
        // The index every search goes through, year and region in it (btree_gin) so that filters narrow
        // the same scan; the two below answer which years and regions have a row.
        builder.HasIndex(s => new { s.Year, s.RegionCode, s.Grams }).HasMethod("gin").HasDatabaseName("ix_search_disclosures_grams");
        builder.HasIndex(s => new { s.Year, s.RegionCode });
        builder.HasIndex(s => s.RegionCode);
        builder.HasOne<Disclosure>().WithMany().HasForeignKey(s => s.DisclosureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DisclosureVersion>().WithMany().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
