using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Facts;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

/// <summary>
/// A version and its content. One-of-a-kind parts (公开01/04/09表's fixed lines, 三公 details,
/// procurement, assets, …) are owned rows in tables of their own keyed by the version; rows of
/// the coded tables are child tables ordered by sequence.
/// </summary>
internal sealed class DisclosureVersionConfiguration : IEntityTypeConfiguration<DisclosureVersion>
{
    private const int LongText = 20_000;

    public void Configure(EntityTypeBuilder<DisclosureVersion> builder)
    {
        builder.ToTable("disclosure_versions");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.DisclosureId, v.Number }).IsUnique();
        builder.Property(v => v.Title).HasMaxLength(200).IsRequired();
        builder.Property(v => v.ReportingUnit).HasMaxLength(128).IsRequired();
        builder.Property(v => v.CorrectionNote).HasMaxLength(2000);
        builder.Property(v => v.ReturnComment).HasMaxLength(2000);
        builder.Property(v => v.WithdrawalReason).HasMaxLength(2000);
        builder.Property(v => v.LastEditedBy).HasMaxLength(450);
        builder.Property(v => v.SubmittedBy).HasMaxLength(450);
        builder.Property(v => v.PublishedBy).HasMaxLength(450);
        builder.Ignore(v => v.IsEditable);

        builder.OwnsOne(v => v.Profile, profile =>
        {
            profile.ToTable("version_profiles");
            profile.Property(p => p.Organization).HasMaxLength(LongText);
            profile.OwnsOne(p => p.Staffing);
            profile.Navigation(p => p.Staffing).IsRequired();
        });
        builder.OwnsOne(v => v.Summary, summary => summary.ToTable("table01_summaries"));
        builder.OwnsOne(v => v.AppropriationSummary, summary =>
        {
            summary.ToTable("table04_summaries");
            summary.OwnsOne(s => s.ExpenditureTotal);
            summary.OwnsOne(s => s.ClosingBalance);
            summary.OwnsOne(s => s.ExpenditureGrandTotal);
            summary.Navigation(s => s.ExpenditureTotal).IsRequired();
            summary.Navigation(s => s.ClosingBalance).IsRequired();
            summary.Navigation(s => s.ExpenditureGrandTotal).IsRequired();
        });
        builder.OwnsOne(v => v.BasicExpenditureTotals, totals => totals.ToTable("table06_totals"));
        builder.OwnsOne(v => v.ThreePublicCosts, costs =>
        {
            costs.ToTable("table09_three_public_costs");
            costs.OwnsOne(c => c.Budget);
            costs.OwnsOne(c => c.Actual);
            costs.Navigation(c => c.Budget).IsRequired();
            costs.Navigation(c => c.Actual).IsRequired();
        });
        builder.OwnsOne(v => v.ThreePublicDetails, details =>
        {
            details.ToTable("three_public_details");
            details.Property(d => d.VehicleOperationUse).HasMaxLength(2000);
            details.Property(d => d.ReceptionVisitors).HasMaxLength(2000);
        });
        builder.OwnsOne(v => v.OperatingCosts, costs => costs.ToTable("operating_costs"));
        builder.OwnsOne(v => v.Procurement, procurement => procurement.ToTable("procurements"));
        builder.OwnsOne(v => v.Assets, assets =>
        {
            assets.ToTable("asset_holdings");
            assets.Ignore(a => a.TotalVehicles);
        });
        foreach (var owned in new[]
                 {
                     nameof(DisclosureVersion.Profile), nameof(DisclosureVersion.Summary),
                     nameof(DisclosureVersion.AppropriationSummary), nameof(DisclosureVersion.BasicExpenditureTotals),
                     nameof(DisclosureVersion.ThreePublicCosts), nameof(DisclosureVersion.ThreePublicDetails),
                     nameof(DisclosureVersion.OperatingCosts), nameof(DisclosureVersion.Procurement),
                     nameof(DisclosureVersion.Assets),
                 })
        {
            builder.Navigation(owned).IsRequired();
        }

        Children(builder.HasMany(v => v.Duties));
        Children(builder.HasMany(v => v.SummaryExpenditure));
        Children(builder.HasMany(v => v.IncomeRows));
        Children(builder.HasMany(v => v.ExpenditureRows));
        Children(builder.HasMany(v => v.AppropriationExpenditure));
        Children(builder.HasMany(v => v.GeneralBudgetRows));
        Children(builder.HasMany(v => v.BasicExpenditureRows));
        Children(builder.HasMany(v => v.GovernmentFundRows));
        Children(builder.HasMany(v => v.StateCapitalRows));
        Children(builder.HasMany(v => v.EmptyTableStatements));
        Children(builder.HasMany(v => v.ExplanationTexts));
        Children(builder.HasMany(v => v.NarrativeFigures));
        Children(builder.HasMany(v => v.ProjectSummaries));
        Children(builder.HasMany(v => v.KeyWork));
        Children(builder.HasMany(v => v.Glossary));
        Children(builder.HasMany(v => v.Evaluations));
    }

    private static void Children<TChild>(CollectionNavigationBuilder<DisclosureVersion, TChild> navigation)
        where TChild : class =>
        navigation.WithOne().HasForeignKey("DisclosureVersionId").IsRequired().OnDelete(DeleteBehavior.Cascade);
}

internal sealed class DutyItemConfiguration : IEntityTypeConfiguration<DutyItem>
{
    public void Configure(EntityTypeBuilder<DutyItem> builder)
    {
        builder.ToTable("profile_duties");
        builder.HasIndex("DisclosureVersionId", nameof(DutyItem.Sequence)).IsUnique();
        builder.Property(d => d.Text).HasMaxLength(20_000).IsRequired();
    }
}

internal abstract class FunctionRowConfiguration<TRow>(string table) : IEntityTypeConfiguration<TRow> where TRow : FunctionRow
{
    public void Configure(EntityTypeBuilder<TRow> builder)
    {
        builder.ToTable(table);
        builder.HasKey(r => r.Id);
        builder.HasIndex("DisclosureVersionId", nameof(FunctionRow.Sequence)).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(128).IsRequired();
        builder.Ignore(r => r.IsTotal);
        builder.Ignore(r => r.Label);
        builder.Ignore(r => r.Cells);
    }
}

internal sealed class IncomeRowConfiguration() : FunctionRowConfiguration<IncomeRow>("table02_income_rows");
internal sealed class ExpenditureRowConfiguration() : FunctionRowConfiguration<ExpenditureRow>("table03_expenditure_rows");
internal sealed class GeneralBudgetRowConfiguration() : FunctionRowConfiguration<GeneralBudgetRow>("table05_general_budget_rows");
internal sealed class GovernmentFundRowConfiguration() : FunctionRowConfiguration<GovernmentFundRow>("table07_government_fund_rows");
internal sealed class StateCapitalRowConfiguration() : FunctionRowConfiguration<StateCapitalRow>("table08_state_capital_rows");

internal sealed class SummaryExpenditureLineConfiguration : IEntityTypeConfiguration<SummaryExpenditureLine>
{
    public void Configure(EntityTypeBuilder<SummaryExpenditureLine> builder)
    {
        builder.ToTable("table01_expenditure_lines");
        builder.HasIndex("DisclosureVersionId", nameof(SummaryExpenditureLine.ClassCode)).IsUnique();
        builder.Property(l => l.Name).HasMaxLength(128).IsRequired();
    }
}

internal sealed class AppropriationExpenditureLineConfiguration : IEntityTypeConfiguration<AppropriationExpenditureLine>
{
    public void Configure(EntityTypeBuilder<AppropriationExpenditureLine> builder)
    {
        builder.ToTable("table04_expenditure_lines");
        builder.HasIndex("DisclosureVersionId", nameof(AppropriationExpenditureLine.ClassCode)).IsUnique();
        builder.Property(l => l.Name).HasMaxLength(128).IsRequired();
        builder.OwnsOne(l => l.Amounts);
        builder.Navigation(l => l.Amounts).IsRequired();
    }
}

internal sealed class BasicExpenditureRowConfiguration : IEntityTypeConfiguration<BasicExpenditureRow>
{
    public void Configure(EntityTypeBuilder<BasicExpenditureRow> builder)
    {
        builder.ToTable("table06_basic_expenditure_rows");
        builder.HasIndex("DisclosureVersionId", nameof(BasicExpenditureRow.Code)).IsUnique();
        builder.Property(r => r.Name).HasMaxLength(128).IsRequired();
    }
}

internal sealed class EmptyTableStatementConfiguration : IEntityTypeConfiguration<EmptyTableStatement>
{
    public void Configure(EntityTypeBuilder<EmptyTableStatement> builder)
    {
        builder.ToTable("empty_table_statements");
        builder.Property<long>("Id");
        builder.HasKey("Id");
        builder.HasIndex("DisclosureVersionId", nameof(EmptyTableStatement.Table)).IsUnique();
        builder.Property(s => s.Table).HasColumnName("published_table");
        builder.Property(s => s.Text).HasMaxLength(500).IsRequired();
    }
}

internal sealed class ExplanationTextConfiguration : IEntityTypeConfiguration<ExplanationText>
{
    public void Configure(EntityTypeBuilder<ExplanationText> builder)
    {
        builder.ToTable("explanation_texts");
        builder.HasIndex("DisclosureVersionId", nameof(ExplanationText.Key)).IsUnique();
        builder.Property(t => t.Key).HasMaxLength(ExplanationText.MaxKeyLength).IsRequired();
        builder.Property(t => t.Text).HasMaxLength(20_000).IsRequired();
    }
}

internal sealed class NarrativeFigureConfiguration : IEntityTypeConfiguration<NarrativeFigure>
{
    public void Configure(EntityTypeBuilder<NarrativeFigure> builder)
    {
        builder.ToTable("narrative_figures");
        builder.HasIndex("DisclosureVersionId", nameof(NarrativeFigure.Kind), nameof(NarrativeFigure.Key)).IsUnique();
        builder.Property(f => f.Key).HasMaxLength(ExplanationText.MaxKeyLength).IsRequired();
    }
}

internal sealed class ProjectSummaryConfiguration : IEntityTypeConfiguration<ProjectSummary>
{
    public void Configure(EntityTypeBuilder<ProjectSummary> builder)
    {
        builder.ToTable("project_summaries");
        builder.HasIndex("DisclosureVersionId", nameof(ProjectSummary.Sequence)).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Outputs).HasMaxLength(20_000);
        builder.Property(p => p.Problems).HasMaxLength(20_000);
        builder.Property(p => p.NextSteps).HasMaxLength(20_000);
    }
}

internal sealed class KeyWorkItemConfiguration : IEntityTypeConfiguration<KeyWorkItem>
{
    public void Configure(EntityTypeBuilder<KeyWorkItem> builder)
    {
        builder.ToTable("key_work_items");
        builder.HasIndex("DisclosureVersionId", nameof(KeyWorkItem.Sequence)).IsUnique();
        builder.Property(k => k.Title).HasMaxLength(500).IsRequired();
        builder.Property(k => k.Goal).HasMaxLength(20_000);
        builder.Property(k => k.Completion).HasMaxLength(20_000);
    }
}

internal sealed class GlossaryEntryConfiguration : IEntityTypeConfiguration<GlossaryEntry>
{
    public void Configure(EntityTypeBuilder<GlossaryEntry> builder)
    {
        builder.ToTable("glossary_entries");
        builder.HasIndex("DisclosureVersionId", nameof(GlossaryEntry.Sequence)).IsUnique();
        builder.Property(g => g.Term).HasMaxLength(500).IsRequired();
        builder.Property(g => g.Definition).HasMaxLength(20_000).IsRequired();
    }
}

internal sealed class PerformanceEvaluationConfiguration : IEntityTypeConfiguration<PerformanceEvaluation>
{
    public void Configure(EntityTypeBuilder<PerformanceEvaluation> builder)
    {
        builder.ToTable("performance_evaluations");
        builder.HasIndex("DisclosureVersionId", nameof(PerformanceEvaluation.Sequence)).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(200).IsRequired();
        foreach (var text in new[]
                 {
                     nameof(PerformanceEvaluation.SupervisingDepartment), nameof(PerformanceEvaluation.ImplementingUnit),
                     nameof(PerformanceEvaluation.Category), nameof(PerformanceEvaluation.Attribute),
                     nameof(PerformanceEvaluation.ProjectType),
                 })
        {
            builder.Property<string?>(text).HasMaxLength(128);
        }
        builder.Property(e => e.ExecutionRate).HasMaxLength(32);
        builder.Property(e => e.Grade).HasMaxLength(16);
        builder.Property(e => e.TotalScore).HasPrecision(6, 2);
        builder.Property(e => e.DeviationAnalysis).HasMaxLength(20_000);
        builder.Property(e => e.Improvement).HasMaxLength(20_000);
        builder.Property(e => e.Report).HasMaxLength(100_000);
        builder.HasMany(e => e.Goals).WithOne().HasForeignKey("EvaluationId").IsRequired().OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PerformanceGoalConfiguration : IEntityTypeConfiguration<PerformanceGoal>
{
    public void Configure(EntityTypeBuilder<PerformanceGoal> builder)
    {
        builder.ToTable("performance_goals");
        builder.HasIndex("EvaluationId", nameof(PerformanceGoal.Sequence)).IsUnique();
        builder.Property(g => g.Text).HasMaxLength(20_000);
        builder.HasMany(g => g.Indicators).WithOne().HasForeignKey("GoalId").IsRequired().OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PerformanceIndicatorConfiguration : IEntityTypeConfiguration<PerformanceIndicator>
{
    public void Configure(EntityTypeBuilder<PerformanceIndicator> builder)
    {
        builder.ToTable("performance_indicators");
        builder.HasIndex("GoalId", nameof(PerformanceIndicator.Sequence)).IsUnique();
        builder.Property(i => i.Level1).HasMaxLength(64).IsRequired();
        builder.Property(i => i.Level2).HasMaxLength(128);
        builder.Property(i => i.Level3).HasMaxLength(500).IsRequired();
        builder.Property(i => i.Target).HasMaxLength(500);
        builder.Property(i => i.Actual).HasMaxLength(500);
        builder.Property(i => i.Weight).HasPrecision(6, 2);
        builder.Property(i => i.Score).HasPrecision(6, 2);
    }
}
