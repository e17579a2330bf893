using FinalAccounts.Domain.Narrative;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class ProjectSummaryConfiguration : IEntityTypeConfiguration<ProjectSummary>
{
    public void Configure(EntityTypeBuilder<ProjectSummary> builder)
    {
        builder.ToTable("project_summaries");
        builder.HasIndex("DisclosureVersionId", nameof(ProjectSummary.Sequence)).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(ProjectSummary.MaxNameLength).IsRequired();
        builder.Property(p => p.Outputs).HasMaxLength(ProjectSummary.MaxTextLength);
        builder.Property(p => p.Problems).HasMaxLength(ProjectSummary.MaxTextLength);
        builder.Property(p => p.NextSteps).HasMaxLength(ProjectSummary.MaxTextLength);
    }
}
