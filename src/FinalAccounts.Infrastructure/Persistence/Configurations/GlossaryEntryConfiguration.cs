using FinalAccounts.Domain.Narrative;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class GlossaryEntryConfiguration : IEntityTypeConfiguration<GlossaryEntry>
{
    public void Configure(EntityTypeBuilder<GlossaryEntry> builder)
    {
        builder.ToTable("glossary_entries");
        builder.HasIndex("DisclosureVersionId", nameof(GlossaryEntry.Sequence)).IsUnique();
        builder.Property(g => g.Term).HasMaxLength(GlossaryEntry.MaxTermLength).IsRequired();
        builder.Property(g => g.Definition).HasMaxLength(GlossaryEntry.MaxDefinitionLength).IsRequired();
    }
}
