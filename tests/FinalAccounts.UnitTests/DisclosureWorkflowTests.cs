using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Facts;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.UnitTests;

public class DisclosureWorkflowTests
{
    private const string Title = "2024年度硚口区司法局部门决算公开";
    private const string Unit = "武汉市硚口区司法局本级";

    private static readonly DateTimeOffset PublishedAtBeijing = new(2025, 9, 1, 10, 30, 0, TimeSpan.FromHours(8));
    private static readonly Department Publisher = new("420104-sfj", "武汉市硚口区司法局", "区司法局", "420104");

    private static Disclosure NewDisclosure() => new(42, new FiscalYear(2024));

    private static DisclosureVersion NewDraft() => NewDisclosure().StartVersion(Title, Unit);

    private static DisclosureVersion VersionIn(DisclosureStatus status)
    {
        var version = NewDraft();
        if (status == DisclosureStatus.Draft)
        {
            return version;
        }
        version.Submit();
        if (status == DisclosureStatus.Submitted)
        {
            return version;
        }
        version.Publish(PublishedAtBeijing, Publisher);
        if (status == DisclosureStatus.Published)
        {
            return version;
        }
        version.Withdraw("数据有误");
        return version;
    }

    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);

    private static IncomeRow Income(string? code, string name, decimal total) =>
        new(code is null ? null : FunctionCode.Parse(code), name, Yuan(total), Yuan(total), null, null, null, null, null);

    private static ExpenditureRow Expenditure(string code) =>
        new(FunctionCode.Parse(code), "行政运行", Yuan(1m), Yuan(1m), null, null, null, null);

    private static void Transition(DisclosureVersion version, string action)
    {
        switch (action)
        {
            case "Submit": version.Submit(); break;
            case "ReturnToDraft": version.ReturnToDraft("请核对"); break;
            case "Publish": version.Publish(PublishedAtBeijing, Publisher); break;
            case "Withdraw": version.Withdraw("数据有误"); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    /// <summary>One call of each content-changing method, with valid arguments.</summary>
    private static void Edit(DisclosureVersion version, string edit)
    {
        switch (edit)
        {
            case "SetIncomeRows":
                version.SetIncomeRows([Income("2040601", "行政运行", 100m)]);
                break;
            case "SetExpenditureRows":
                version.SetExpenditureRows([Expenditure("2040601")]);
                break;
            case "SetGeneralBudgetRows":
                version.SetGeneralBudgetRows([new GeneralBudgetRow(FunctionCode.Parse("2040601"), "行政运行", Yuan(1m), Yuan(1m), null, null)]);
                break;
            case "SetGovernmentFundRows":
                version.SetGovernmentFundRows([new GovernmentFundRow(null, "合计", null, null, null, null, null, null)]);
                break;
            case "SetStateCapitalRows":
                version.SetStateCapitalRows([new StateCapitalRow(null, "合计", null, null, null)]);
                break;
            case "SetSummary":
                version.SetSummary(new IncomeExpenditureSummary { IncomeTotal = Yuan(1m) },
                    [new SummaryExpenditureLine(FunctionCode.Parse("204"), "公共安全支出", Yuan(1m))]);
                break;
            case "SetAppropriationSummary":
                version.SetAppropriationSummary(new AppropriationSummary(),
                    [new AppropriationExpenditureLine(FunctionCode.Parse("204"), "公共安全支出", new FundSplit())]);
                break;
            case "SetBasicExpenditure":
                version.SetBasicExpenditure(
                    [new BasicExpenditureRow(BasicExpenditureGroup.Personnel, EconomicCode.Parse("30101"), "基本工资", Yuan(1m))],
                    new BasicExpenditureTotals());
                break;
            case "SetThreePublicCosts":
                version.SetThreePublicCosts(new ThreePublicCosts());
                break;
            case "SetEmptyStatement":
                version.SetEmptyStatement(PublishedTable.GovernmentFund, "本部门2024年度无政府性基金预算财政拨款收入支出。");
                break;
            case "SetFacts":
                version.SetFacts(new ThreePublicDetails(), new OperatingCosts(), new GovernmentProcurement(), new AssetHoldings());
                break;
            case "SetExplanation":
                version.SetExplanation([new ExplanationText(1, ExplanationTextKeys.TotalChange, "人员增加。")], [], []);
                break;
            case "SetProfile":
                version.SetProfile(new DepartmentProfile(), [new DutyItem("负责全区法治建设。")]);
                break;
            case "SetKeyWork":
                version.SetKeyWork([new KeyWorkItem("普法宣传", null, null)]);
                break;
            case "SetGlossary":
                version.SetGlossary([new GlossaryEntry("财政拨款收入", "指本级财政当年拨付的资金。", null)]);
                break;
            case "SetEvaluations":
                version.SetEvaluations([new PerformanceEvaluation(EvaluationKind.Overall, "硚口区司法局")]);
                break;
            case "Retitle":
                version.Retitle("2024年度硚口区司法局部门决算公开（更正）", Unit);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit, null);
        }
    }

    public static TheoryData<string> Edits { get; } = new()
    {
        "SetIncomeRows", "SetExpenditureRows", "SetGeneralBudgetRows", "SetGovernmentFundRows", "SetStateCapitalRows",
        "SetSummary", "SetAppropriationSummary", "SetBasicExpenditure", "SetThreePublicCosts", "SetEmptyStatement",
        "SetFacts", "SetExplanation", "SetProfile", "SetKeyWork", "SetGlossary", "SetEvaluations", "Retitle",
    };

    // ---- Status transitions ------------------------------------------------------------------

    [Fact]
    public void NewVersionStartsAsEditableDraftNumberedOne()
    {
        var version = NewDraft();

        version.Number.Should().Be(1);
        version.Status.Should().Be(DisclosureStatus.Draft);
        version.IsEditable.Should().BeTrue();
        version.Title.Should().Be(Title);
        version.ReportingUnit.Should().Be(Unit);
        version.PublishedAt.Should().BeNull();
    }

    [Fact]
    public void MovesFromDraftThroughSubmittedAndPublishedToWithdrawn()
    {
        var version = NewDraft();

        version.Submit();
        version.Status.Should().Be(DisclosureStatus.Submitted);
        version.IsEditable.Should().BeFalse();

        version.Publish(PublishedAtBeijing, Publisher, new DateOnly(2025, 8, 31));
        version.Status.Should().Be(DisclosureStatus.Published);
        version.PublishedOn.Should().Be(new DateOnly(2025, 8, 31));

        version.Withdraw("  数据有误  ");
        version.Status.Should().Be(DisclosureStatus.Withdrawn);
        version.WithdrawalReason.Should().Be("数据有误");
        version.IsEditable.Should().BeFalse();
    }

    [Fact]
    public void StoresPublicationTimeInUtc()
    {
        var version = VersionIn(DisclosureStatus.Submitted);

        version.Publish(PublishedAtBeijing, Publisher);

        version.PublishedAt.Should().NotBeNull();
        version.PublishedAt!.Value.Offset.Should().Be(TimeSpan.Zero);
        version.PublishedAt.Value.UtcDateTime.Should().Be(new DateTime(2025, 9, 1, 2, 30, 0, DateTimeKind.Utc));
        version.PublishedOn.Should().BeNull();
    }

    [Theory]
    [InlineData(DisclosureStatus.Draft, "Publish")]
    [InlineData(DisclosureStatus.Draft, "Withdraw")]
    [InlineData(DisclosureStatus.Draft, "ReturnToDraft")]
    [InlineData(DisclosureStatus.Submitted, "Submit")]
    [InlineData(DisclosureStatus.Submitted, "Withdraw")]
    [InlineData(DisclosureStatus.Published, "Submit")]
    [InlineData(DisclosureStatus.Published, "ReturnToDraft")]
    [InlineData(DisclosureStatus.Published, "Publish")]
    [InlineData(DisclosureStatus.Withdrawn, "Submit")]
    [InlineData(DisclosureStatus.Withdrawn, "ReturnToDraft")]
    [InlineData(DisclosureStatus.Withdrawn, "Publish")]
    [InlineData(DisclosureStatus.Withdrawn, "Withdraw")]
    public void RejectsIllegalTransitionAndKeepsStatus(DisclosureStatus from, string action)
    {
        var version = VersionIn(from);

        var act = () => Transition(version, action);

        act.Should().Throw<InvalidStatusTransition>()
            .Which.Message.Should().Contain(from.ToChinese());
        version.Status.Should().Be(from);
    }

    [Fact]
    public void ReturnToDraftRecordsTheCommentAndResubmissionClearsIt()
    {
        var version = VersionIn(DisclosureStatus.Submitted);

        version.ReturnToDraft("  请核对公开02表  ");

        version.Status.Should().Be(DisclosureStatus.Draft);
        version.ReturnComment.Should().Be("请核对公开02表");

        version.Submit();
        version.ReturnComment.Should().BeNull();
    }

    [Fact]
    public void ReturnToDraftRequiresAComment()
    {
        var version = VersionIn(DisclosureStatus.Submitted);

        var act = () => version.ReturnToDraft(" ");

        act.Should().Throw<ArgumentException>();
        version.Status.Should().Be(DisclosureStatus.Submitted);
    }

    [Fact]
    public void WithdrawRequiresAReason()
    {
        var version = VersionIn(DisclosureStatus.Published);

        var act = () => version.Withdraw("");

        act.Should().Throw<ArgumentException>();
        version.Status.Should().Be(DisclosureStatus.Published);
    }

    // ---- Edits by status ---------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Edits))]
    public void AcceptsEditsWhileDraft(string edit)
    {
        var version = NewDraft();

        var act = () => Edit(version, edit);

        act.Should().NotThrow();
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void RejectsEditsOncePublishedPointingToACorrection(string edit)
    {
        var version = VersionIn(DisclosureStatus.Published);

        var act = () => Edit(version, edit);

        act.Should().Throw<PublishedVersionIsReadOnly>()
            .Which.Message.Should().Contain("更正").And.Contain("第 1 版");
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void RejectsEditsOnceWithdrawn(string edit)
    {
        var version = VersionIn(DisclosureStatus.Withdrawn);

        var act = () => Edit(version, edit);

        act.Should().Throw<PublishedVersionIsReadOnly>();
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void RejectsEditsWhileSubmitted(string edit)
    {
        var version = VersionIn(DisclosureStatus.Submitted);

        var act = () => Edit(version, edit);

        act.Should().Throw<SubmittedVersionIsLocked>().Which.Message.Should().Contain("退回");
    }

    [Fact]
    public void RejectedEditLeavesContentUnchanged()
    {
        var version = NewDraft();
        version.SetIncomeRows([Income("2040601", "行政运行", 100m)]);
        version.Submit();
        version.Publish(PublishedAtBeijing, Publisher);

        var act = () => version.SetIncomeRows([Income("2040602", "一般行政管理事务", 5m)]);

        act.Should().Throw<PublishedVersionIsReadOnly>();
        version.IncomeRows.Should().ContainSingle().Which.Code.Should().Be(FunctionCode.Parse("2040601"));
        version.Title.Should().Be(Title);
    }

    [Fact]
    public void WhoSubmittedAVersionCannotReturnIt()
    {
        var version = new Disclosure(1, new FiscalYear(2024)).StartVersion(Title, "测试局本级");
        version.Submit("editor-1");

        var act = () => version.ReturnToDraft("请核对", "editor-1");

        act.Should().Throw<FourEyesRuleViolated>().WithMessage("退回修改须由另一人完成*");
        version.Status.Should().Be(DisclosureStatus.Submitted);
        version.ReturnToDraft("请核对", "reviewer-1");
        version.Status.Should().Be(DisclosureStatus.Draft);
    }

    [Fact]
    public void ReturnToDraftReenablesEdits()
    {
        var version = VersionIn(DisclosureStatus.Submitted);
        version.ReturnToDraft("请核对");

        version.Retitle(" 新标题 ", " 新单位 ");
        version.SetIncomeRows([Income("2040601", "行政运行", 100m)]);

        version.IsEditable.Should().BeTrue();
        version.Title.Should().Be("新标题");
        version.ReportingUnit.Should().Be("新单位");
        version.IncomeRows.Should().ContainSingle();
    }

    // ---- Content -----------------------------------------------------------------------------

    [Fact]
    public void NumbersRowsInTheOrderGiven()
    {
        var version = NewDraft();

        version.SetIncomeRows([Income(null, "合计", 300m), Income("204", "公共安全支出", 300m), Income("2040601", "行政运行", 300m)]);

        version.IncomeRows.Select(r => r.Sequence).Should().Equal(1, 2, 3);
        version.IncomeRows[0].IsTotal.Should().BeTrue();
        version.IncomeRows[2].Name.Should().Be("行政运行");
    }

    [Fact]
    public void SettingRowsAgainReplacesThem()
    {
        var version = NewDraft();
        version.SetIncomeRows([Income("2040601", "行政运行", 1m), Income("2040602", "一般行政管理事务", 2m)]);

        version.SetIncomeRows([Income("2040699", "其他司法支出", 3m)]);

        version.IncomeRows.Should().ContainSingle().Which.Sequence.Should().Be(1);
    }

    [Fact]
    public void RejectsDuplicateCodesInAFunctionTable()
    {
        var version = NewDraft();
        version.SetIncomeRows([Income("2040601", "行政运行", 1m)]);

        var act = () => version.SetIncomeRows([Income("2040601", "行政运行", 1m), Income("2040601", "行政运行", 2m)]);

        act.Should().Throw<DuplicateTableRow>()
            .Which.Message.Should().Contain("公开02表").And.Contain("2040601");
        version.IncomeRows.Should().ContainSingle().Which.Total.Should().Be(Yuan(1m));
    }

    [Fact]
    public void RejectsTwoTotalRowsInAFunctionTable()
    {
        var act = () => NewDraft().SetExpenditureRows([
            new ExpenditureRow(null, "合计", null, null, null, null, null, null),
            new ExpenditureRow(null, "合计", null, null, null, null, null, null)]);

        act.Should().Throw<DuplicateTableRow>().Which.Message.Should().Contain("公开03表").And.Contain("合计");
    }

    [Fact]
    public void RejectsDuplicateClassesInTheSummaryTable()
    {
        var act = () => NewDraft().SetSummary(new IncomeExpenditureSummary(),
            [new SummaryExpenditureLine(FunctionCode.Parse("204"), "公共安全支出", Yuan(1m)),
             new SummaryExpenditureLine(FunctionCode.Parse("204"), "公共安全支出", Yuan(2m))]);

        act.Should().Throw<DuplicateTableRow>().Which.Message.Should().Contain("公开01表").And.Contain("204");
    }

    [Fact]
    public void RejectsDuplicateEconomicCodesInTheBasicExpenditureTable()
    {
        var row = () => new BasicExpenditureRow(BasicExpenditureGroup.Personnel, EconomicCode.Parse("30101"), "基本工资", Yuan(1m));

        var act = () => NewDraft().SetBasicExpenditure([row(), row()], new BasicExpenditureTotals());

        act.Should().Throw<DuplicateTableRow>().Which.Message.Should().Contain("公开06表").And.Contain("30101");
    }

    [Fact]
    public void RejectsDuplicateExplanationKeys()
    {
        var act = () => NewDraft().SetExplanation(
            [new ExplanationText(1, ExplanationTextKeys.TotalChange, "甲"), new ExplanationText(2, ExplanationTextKeys.TotalChange, "乙")], [], []);

        act.Should().Throw<DuplicateTableRow>().Which.Message.Should().Contain(ExplanationTextKeys.TotalChange);
    }

    [Fact]
    public void AllowsTheSameCodeInDifferentTables()
    {
        var version = NewDraft();

        version.SetIncomeRows([Income("2040601", "行政运行", 1m)]);
        version.SetExpenditureRows([Expenditure("2040601")]);

        version.IncomeRows.Should().ContainSingle();
        version.ExpenditureRows.Should().ContainSingle();
    }

    [Fact]
    public void EmptyStatementIsReplacedAndClearedByBlankText()
    {
        var version = NewDraft();

        version.SetEmptyStatement(PublishedTable.StateCapital, "甲");
        version.SetEmptyStatement(PublishedTable.StateCapital, " 本部门无国有资本经营预算财政拨款支出。 ");
        version.EmptyStatementFor(PublishedTable.StateCapital).Should().Be("本部门无国有资本经营预算财政拨款支出。");
        version.EmptyTableStatements.Should().ContainSingle();

        version.SetEmptyStatement(PublishedTable.StateCapital, "  ");
        version.EmptyStatementFor(PublishedTable.StateCapital).Should().BeNull();
    }

    // ---- Versions ----------------------------------------------------------------------------

    [Fact]
    public void RefusesANewVersionWhileADraftIsOpen()
    {
        var disclosure = NewDisclosure();
        disclosure.StartVersion(Title, Unit);

        var act = () => disclosure.StartVersion(Title, Unit, "更正公开02表");

        act.Should().Throw<OpenVersionExists>().Which.Message.Should().Contain("第 1 版");
        disclosure.Versions.Should().ContainSingle();
    }

    [Fact]
    public void RefusesANewVersionWhileOneIsSubmitted()
    {
        var disclosure = NewDisclosure();
        disclosure.StartVersion(Title, Unit).Submit();

        var act = () => disclosure.StartVersion(Title, Unit, "更正公开02表");

        act.Should().Throw<OpenVersionExists>();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void DemandsACorrectionNoteForVersionTwo(string? note)
    {
        var disclosure = NewDisclosure();
        var first = disclosure.StartVersion(Title, Unit);
        first.Submit();
        first.Publish(PublishedAtBeijing, Publisher);

        var act = () => disclosure.StartVersion(Title, Unit, note);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("更正");
        disclosure.Versions.Should().ContainSingle();
    }

    [Fact]
    public void StartsACorrectionAfterPublication()
    {
        var disclosure = NewDisclosure();
        var first = disclosure.StartVersion(Title, Unit);
        first.Submit();
        first.Publish(PublishedAtBeijing, Publisher);

        var second = disclosure.StartVersion(Title, Unit, "更正公开02表合计数");

        second.Number.Should().Be(2);
        second.Status.Should().Be(DisclosureStatus.Draft);
        second.CorrectionNote.Should().Be("更正公开02表合计数");
        disclosure.Versions.Should().Equal(first, second);
        first.Status.Should().Be(DisclosureStatus.Published);
    }

    [Fact]
    public void StartsACorrectionAfterWithdrawal()
    {
        var disclosure = NewDisclosure();
        var first = disclosure.StartVersion(Title, Unit);
        first.Submit();
        first.Publish(PublishedAtBeijing, Publisher);
        first.Withdraw("数据有误");

        disclosure.StartVersion(Title, Unit, "重新公开").Number.Should().Be(2);
    }

    [Fact]
    public void LatestPublishedIsTheNewestPublishedVersion()
    {
        var disclosure = NewDisclosure();
        disclosure.LatestPublished.Should().BeNull();

        var first = disclosure.StartVersion(Title, Unit);
        first.Submit();
        disclosure.LatestPublished.Should().BeNull();
        first.Publish(PublishedAtBeijing, Publisher);
        disclosure.LatestPublished.Should().BeSameAs(first);

        var second = disclosure.StartVersion(Title, Unit, "更正");
        disclosure.LatestPublished.Should().BeSameAs(first);
        second.Submit();
        second.Publish(PublishedAtBeijing.AddDays(1), Publisher);
        disclosure.LatestPublished.Should().BeSameAs(second);

        second.Withdraw("数据有误");
        disclosure.LatestPublished.Should().BeSameAs(first);
    }

    [Theory]
    [InlineData("", Unit)]
    [InlineData(Title, "  ")]
    public void RequiresTitleAndReportingUnit(string title, string unit)
    {
        var disclosure = NewDisclosure();

        var act = () => disclosure.StartVersion(title, unit);

        act.Should().Throw<ArgumentException>();
        disclosure.Versions.Should().BeEmpty();
    }
}
