using FinalAccounts.Domain.Narrative;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class NarrativeFigureConfiguration : IEntityTypeConfiguration<NarrativeFigure>
{
    public void Configure(EntityTypeBuilder<NarrativeFigure> builder)
    {
        builder.ToTable("narrative_figures");
        builder.HasIndex("DisclosureVersionId", nameof(NarrativeFigure.Kind), nameof(NarrativeFigure.Key)).IsUnique();
        builder.Property(f => f.Key).HasMaxLength(ExplanationText.MaxKeyLength).IsRequired();
    }
}
