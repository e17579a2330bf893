using FinalAccounts.Domain.Narrative;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class ExplanationTextConfiguration : IEntityTypeConfiguration<ExplanationText>
{
    public void Configure(EntityTypeBuilder<ExplanationText> builder)
    {
        builder.ToTable("explanation_texts");
        builder.HasIndex("DisclosureVersionId", nameof(ExplanationText.Key)).IsUnique();
        builder.Property(t => t.Key).HasMaxLength(ExplanationText.MaxKeyLength).IsRequired();
        builder.Property(t => t.Text).HasMaxLength(ExplanationText.MaxTextLength).IsRequired();
        builder.Property(t => t.CarriedFromYear);
        builder.Ignore(t => t.IsUnchecked);
    }
}
