using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Tables;
using static FinalAccounts.Domain.Figures.DisclosureFigures;

namespace FinalAccounts.Domain.Narrative;

/// <summary>
/// Builds 第三部分 决算情况说明 from a version's tables and facts: every number is computed, staff
/// supply only the reasons and "主要用于" texts (by key), and paragraphs they wrote themselves
/// ("text.&lt;item&gt;.&lt;n&gt;") follow the generated ones. Wording follows the published documents.
/// </summary>
public sealed class ExplanationBuilder
{
    private readonly DisclosureVersion _version;
    private readonly DisclosureFigures _figures;
    private readonly PriorYearFigures _prior;
    private readonly FiscalYear _year;
    private readonly ExplanationWriter _w;
    private readonly List<ExplanationSection> _sections = [];

    private ExplanationBuilder(DisclosureVersion version, FiscalYear year, DisclosureFigures figures, PriorYearFigures prior)
    {
        _version = version;
        _year = year;
        _figures = figures;
        _prior = prior;
        _w = new ExplanationWriter(version.ExplanationTexts.ToDictionary(t => t.Key, t => t.Text, StringComparer.Ordinal));
    }

    public static ExplanationDocument Build(DisclosureVersion version, FiscalYear year, DisclosureFigures figures,
        PriorYearFigures prior)
    {
        var builder = new ExplanationBuilder(version, year, figures, prior);
        builder.WriteAll();
        return new ExplanationDocument(builder._sections, builder._w.Requests);
    }

    private string Year => $"{_year}年度";
    private string PriorYearLabel => $"{_prior.Year}年度";

    private void WriteAll()
    {
        Section(1, OverallBlocks);
        Section(2, IncomeBlocks);
        Section(3, ExpenditureBlocks);
        Section(4, AppropriationBlocks);
        Section(5, GeneralBudgetBlocks);
        Section(6, BasicExpenditureBlocks);
        Section(7, GovernmentFundBlocks);
        Section(8, StateCapitalBlocks);
        Section(9, ThreePublicBlocks);
        Section(10, OperatingCostBlocks);
        Section(11, ProcurementBlocks);
        Section(12, AssetBlocks);
        Section(13, PerformanceBlocks);
    }

    private void Section(int item, Func<IEnumerable<ExplanationBlock>> blocks)
    {
        _w.StartItem(item);
        var list = blocks().Where(b => b.Paragraphs.Count > 0 || b.Chart is not null).ToList();
        var ownParagraphs = StaffParagraphs(item);
        if (ownParagraphs.Count > 0 && item != 13)
        {
            list.Add(new ExplanationBlock(null, ownParagraphs));
        }
        if (list.Count > 0)
        {
            _sections.Add(new ExplanationSection(item, ExplanationItems.Heading(item), list));
        }
    }

    /// <summary>Paragraphs staff wrote for an item ("text.5.1", "text.5.2" …), in key order.</summary>
    private List<Paragraph> StaffParagraphs(int item) =>
        _version.ExplanationTexts
            .Where(t => t.Item == item && t.Key.StartsWith("text.", StringComparison.Ordinal))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .SelectMany(t => t.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(text => new Paragraph([new TextSpan(text)]))
            .ToList();

    private static ExplanationBlock Block(string? heading, params Paragraph?[] paragraphs) =>
        new(heading, paragraphs.OfType<Paragraph>().ToList());

    // ---- 一 to 四: totals, composition, changes --------------------------------------------------

    private IEnumerable<ExplanationBlock> OverallBlocks()
    {
        if (_figures.GrandTotal is not { } total)
        {
            yield break;
        }
        var summary = _version.Summary;
        if (summary.IncomeGrandTotal == summary.ExpenditureGrandTotal || summary.ExpenditureGrandTotal is null)
        {
            _w.Text($"{Year}收、支总计均为").Amount(total, Keys.GrandTotal).Text("。");
        }
        else
        {
            _w.Text($"{Year}收入总计").Amount(summary.IncomeGrandTotal, Keys.GrandTotal)
                .Text("，支出总计").Amount(summary.ExpenditureGrandTotal).Text("。");
        }
        ChangeSentence(Keys.GrandTotal, total, "收、支总计", "reason.total-change");
        yield return new ExplanationBlock(null, [_w.Paragraph()], TwoYearChart(1, "收、支决算总计变动情况", Keys.GrandTotal, "收入总计", "支出总计"));
    }

    private IEnumerable<ExplanationBlock> IncomeBlocks() =>
        TotalWithParts(_figures.IncomeTotal, Keys.IncomeTotal, "收入合计", "reason.income-change",
            _figures.IncomeComposition, "占本年收入", 2, "收入决算结构");

    private IEnumerable<ExplanationBlock> ExpenditureBlocks() =>
        TotalWithParts(_figures.ExpenditureTotal, Keys.ExpenditureTotal, "支出合计", "reason.expenditure-change",
            _figures.ExpenditureComposition, "占本年支出", 3, "支出决算结构");

    /// <summary>二 and 三: a total, its change against last year, its parts with their shares, and a pie of them.</summary>
    private IEnumerable<ExplanationBlock> TotalWithParts(Money? amount, string key, string subject, string reasonKey,
        IReadOnlyList<FigurePart> parts, string shareOf, int chartNumber, string chartTitle)
    {
        if (amount is not { } total)
        {
            yield break;
        }
        _w.Text($"{Year}{subject}").Amount(total, key);
        ChangeClause(key, total, subject, reasonKey);
        PartsSentence(parts, shareOf);
        yield return new ExplanationBlock(null, [_w.Paragraph()], PieChart(chartNumber, chartTitle, parts));
    }

    private IEnumerable<ExplanationBlock> AppropriationBlocks()
    {
        if (_figures.AppropriationGrandTotal is not { } total)
        {
            yield break;
        }
        _w.Text($"{Year}财政拨款收、支总计均为").Amount(total, Keys.AppropriationGrandTotal).Text("。");
        ChangeSentence(Keys.AppropriationGrandTotal, total, "财政拨款收、支总计各", "reason.appropriation-change");
        var first = _w.Paragraph();

        Paragraph? second = null;
        if (_figures.GeneralBudgetIncome is { } income)
        {
            _w.Text($"{Year}财政拨款收入中，一般公共预算财政拨款收入").Amount(income, Keys.GeneralBudgetIncome);
            if (Change.Between(income, _prior[Keys.GeneralBudgetIncome]) is { IsUnchanged: false } change)
            {
                _w.Text($"，比{PriorYearLabel}决算数").Change(change, withRate: false)
                    .Staff("reason.general-budget-income-change", "，主要原因是");
            }
            _w.Text("。");
            second = _w.Paragraph();
        }
        yield return new ExplanationBlock(null, new[] { first, second }.OfType<Paragraph>().ToList(),
            TwoYearChart(4, "财政拨款收、支决算总计变动情况", Keys.AppropriationGrandTotal, "财政拨款收入总计", "财政拨款支出总计"));
    }

    /// <summary>"与2023年度相比，收、支总计减少483.25万元，下降12.2%，主要原因是…。"</summary>
    private void ChangeSentence(string key, Money current, string subject, string reasonKey)
    {
        if (Change.Between(current, _prior[key]) is not { } change)
        {
            return;
        }
        _w.Text($"与{PriorYearLabel}相比，");
        if (change.IsUnchanged)
        {
            _w.Text($"{subject.TrimEnd('各')}持平。");
            return;
        }
        _w.Text(subject).Change(change).Staff(reasonKey, "，主要原因是").Text("。");
    }

    /// <summary>", 与2023年度相比，收入合计减少…，主要原因是…。" after a total; just "。" when last year is unknown.</summary>
    private void ChangeClause(string key, Money current, string subject, string reasonKey)
    {
        if (Change.Between(current, _prior[key]) is { } change)
        {
            _w.Text($"，与{PriorYearLabel}相比，");
            if (change.IsUnchanged)
            {
                _w.Text($"{subject}持平");
            }
            else
            {
                _w.Text(subject).Change(change).Staff(reasonKey, "，主要原因是");
            }
        }
        _w.Text("。");
    }

    private void PartsSentence(IReadOnlyList<FigurePart> parts, string shareOf)
    {
        if (parts.Count == 0)
        {
            return;
        }
        _w.Text("其中：");
        for (var i = 0; i < parts.Count; i++)
        {
            _w.Text(parts[i].Label).Amount(parts[i].Amount);
            if (parts[i].Share is { } share)
            {
                _w.Text($"，{shareOf}").Percent(share);
            }
            _w.Text(i == parts.Count - 1 ? "。" : "；");
        }
    }

    // ---- 五: general budget -------------------------------------------------------------------

    private IEnumerable<ExplanationBlock> GeneralBudgetBlocks()
    {
        if (_figures.GeneralBudgetExpenditure is not { } total)
        {
            yield break;
        }
        _w.Text($"{Year}一般公共预算财政拨款支出").Amount(total, Keys.GeneralBudgetExpenditure);
        if (_figures.GeneralBudgetShareOfExpenditure is { } share)
        {
            _w.Text("，占本年支出合计的").Percent(share);
        }
        _w.Text("。");
        ChangeSentence(Keys.GeneralBudgetExpenditure, total, "一般公共预算财政拨款支出", "reason.general-budget-change");
        yield return Block("（一）一般公共预算财政拨款支出决算总体情况", _w.Paragraph());

        var structure = new List<Paragraph>();
        _w.Text($"{Year}一般公共预算财政拨款支出").Amount(total).Text("，主要用于以下方面：");
        structure.Add(_w.Paragraph());
        var classRows = _version.GeneralBudgetRows.Where(r => r.Code is { Level: FunctionLevel.Class }).ToList();
        for (var i = 0; i < classRows.Count; i++)
        {
            var row = classRows[i];
            _w.Text($"{i + 1}. {row.Name}（类）").Amount(row.Subtotal);
            if (Percentage.Of(row.Subtotal, total, PercentKind.ClassShare) is { } classShare)
            {
                _w.Text("，占").Percent(classShare);
            }
            _w.Text("。").Staff($"use.class.{row.Code}", "主要用于").Text(_w.HasText($"use.class.{row.Code}") ? "。" : "");
            structure.Add(_w.Paragraph());
        }
        yield return new ExplanationBlock("（二）一般公共预算财政拨款支出决算结构情况", structure);
        yield return new ExplanationBlock("（三）一般公共预算财政拨款支出决算具体情况", BudgetDetailParagraphs(total).ToList());
    }

    private IEnumerable<Paragraph> BudgetDetailParagraphs(Money total)
    {
        _w.Text($"{Year}一般公共预算财政拨款支出");
        if (_figures.GeneralBudgetInitialBudget is { } budget)
        {
            _w.Text("年初预算为").Amount(budget, Keys.GeneralBudgetInitialBudget).Text("，");
        }
        _w.Text("支出决算为").Amount(total);
        if (Percentage.Of(total, _figures.GeneralBudgetInitialBudget, PercentKind.Completion) is { } completion)
        {
            _w.Text("，完成年初预算的").Percent(completion);
        }
        _w.Text("。其中：基本支出").Amount(_figures.GeneralBudgetBasic, Keys.GeneralBudgetBasic)
            .Text("，项目支出").Amount(_figures.GeneralBudgetProject, Keys.GeneralBudgetProject).Text("。");
        var projectItems = _version.GeneralBudgetRows
            .Where(r => r.Code is { Level: FunctionLevel.Item } && r.Project is { Yuan: not 0m })
            .ToList();
        if (projectItems.Count > 0)
        {
            _w.Text("项目支出主要用于");
            for (var i = 0; i < projectItems.Count; i++)
            {
                var row = projectItems[i];
                _w.Text($"{row.Name}支出").Amount(row.Project).Staff($"use.item.{row.Code}", "，主要用于")
                    .Text(i == projectItems.Count - 1 ? "。" : "；");
            }
        }
        yield return _w.Paragraph();

        var classRows = _version.GeneralBudgetRows.Where(r => r.Code is { Level: FunctionLevel.Class }).ToList();
        for (var c = 0; c < classRows.Count; c++)
        {
            var classRow = classRows[c];
            var items = _version.GeneralBudgetRows.Where(r => r.Code is { Level: FunctionLevel.Item } code && code.Class == classRow.Code).ToList();
            if (items.Count == 0)
            {
                continue;
            }
            _w.Text($"{c + 1}. {classRow.Name}具体包括：");
            yield return _w.Paragraph();
            for (var i = 0; i < items.Count; i++)
            {
                var row = items[i];
                var section = _version.GeneralBudgetRows.FirstOrDefault(r => r.Code == row.Code!.Value.Parent);
                _w.Text($"（{i + 1}）{classRow.Name}（类）{section?.Name ?? row.Code!.Value.Parent!.Value.Value}（款）{row.Name}（项）。");
                if (row.InitialBudget is { } itemBudget)
                {
                    _w.Text("年初预算为").Amount(itemBudget).Text("，");
                }
                _w.Text("支出决算为").Amount(row.Subtotal);
                if (Percentage.Of(row.Subtotal, row.InitialBudget, PercentKind.Completion) is { } rate)
                {
                    _w.Text("，完成年初预算的").Percent(rate);
                }
                if (row.InitialBudget is { } b && row.Subtotal is { } actual && b != actual)
                {
                    _w.Text(actual > b ? "，支出决算数大于年初预算数" : "，支出决算数小于年初预算数")
                        .Staff($"reason.budget.{row.Code}", "的主要原因：", row.Label);
                }
                _w.Text("。");
                yield return _w.Paragraph();
            }
        }
    }

    // ---- 六 to 八 -------------------------------------------------------------------------------

    private IEnumerable<ExplanationBlock> BasicExpenditureBlocks()
    {
        if (_figures.GeneralBudgetBasic is not { } basic)
        {
            yield break;
        }
        var detail = _figures.BasicExpenditureDetail;
        _w.Text($"{Year}一般公共预算财政拨款基本支出").Amount(basic).Text("，其中：人员经费")
            .Amount(_figures.PersonnelCosts, Keys.PersonnelCosts);
        UsedItems(detail.UsedItems(BasicExpenditureGroup.Personnel));
        var personnel = _w.Paragraph();
        _w.Text("公用经费").Amount(_figures.PublicCosts, Keys.PublicCosts);
        UsedItems(detail.UsedItems(BasicExpenditureGroup.Public));
        yield return Block(null, personnel, _w.Paragraph());
    }

    private void UsedItems(IReadOnlyList<BasicExpenditureRow> items)
    {
        _w.Text(items.Count == 0 ? "。" : "，主要包括：" + string.Join("、", items.Select(i => i.Name)) + "。");
    }

    private IEnumerable<ExplanationBlock> GovernmentFundBlocks()
    {
        if (_version.GovernmentFundRows.FirstOrDefault(r => r.IsTotal) is { } total)
        {
            _w.Text($"{Year}政府性基金预算财政拨款年初结转和结余").Amount(total.OpeningBalance)
                .Text("，本年收入").Amount(total.Income)
                .Text("，本年支出").Amount(total.ExpenditureSubtotal)
                .Text("，年末结转和结余").Amount(total.ClosingBalance).Text("。");
            yield return Block(null, _w.Paragraph());
        }
        else if (!_w.HasText("text.7.1"))
        {
            yield return Block(null, new Paragraph([new TextSpan(
                _version.EmptyStatementFor(PublishedTable.GovernmentFund) ?? $"本部门{Year}无政府性基金预算财政拨款收入支出。")]));
        }
    }

    private IEnumerable<ExplanationBlock> StateCapitalBlocks()
    {
        if (_version.StateCapitalRows.FirstOrDefault(r => r.IsTotal) is { } total)
        {
            _w.Text($"{Year}国有资本经营预算财政拨款支出").Amount(total.Total)
                .Text("，其中：基本支出").Amount(total.Basic).Text("，项目支出").Amount(total.Project).Text("。");
            yield return Block(null, _w.Paragraph());
        }
        else if (!_w.HasText("text.8.1"))
        {
            yield return Block(null, new Paragraph([new TextSpan(
                _version.EmptyStatementFor(PublishedTable.StateCapital) ?? $"本部门{Year}无国有资本经营预算财政拨款支出。")]));
        }
    }

    // ---- 九 to 十二: facts ------------------------------------------------------------------------

    private IEnumerable<ExplanationBlock> ThreePublicBlocks()
    {
        var budget = _figures.ThreePublicBudget;
        var actual = _figures.ThreePublicActual;
        if (actual.Total is null && budget.Total is null)
        {
            yield break;
        }
        ThreePublicItem("total", $"{Year}“三公”经费财政拨款支出", "“三公”经费", "。较上年", "reason.three-public-change",
            "，决算数较上年{0}的主要原因：");
        _w.Text("。");
        yield return Block("（一）“三公”经费财政拨款支出决算总体情况说明", _w.Paragraph());

        var details = _version.ThreePublicDetails;
        var paragraphs = new List<Paragraph>();
        ThreePublicItem("abroad", "1. 因公出国（境）费", "因公出国（境）费", "，较上年", "reason.abroad-change",
            "，决算数较上年{0}的主要原因：");
        _w.Text("。");
        if (details.TripGroups is { } groups)
        {
            _w.Text("全年安排因公出国（境）团组").Count(groups, "个");
            if (details.TripPersons is { } persons)
            {
                _w.Text("，累计").Count(persons, "人次");
            }
            _w.Text("。");
        }
        paragraphs.Add(_w.Paragraph());

        ThreePublicItem("vehicle", "2. 公务用车购置及运行费", "公务用车购置及运行费", "；较上年", "reason.vehicle-change",
            "。决算数较上年{0}的主要原因：");
        _w.Text("。其中：");
        paragraphs.Add(_w.Paragraph());
        _w.Text("（1）公务用车购置费支出").Amount(actual.VehiclePurchase, Keys.ThreePublic("vehicle-purchase"));
        if (details.VehiclesPurchased is { } purchased)
        {
            _w.Text("，本年度购置公务用车").Count(purchased, "辆");
        }
        _w.Text("。");
        paragraphs.Add(_w.Paragraph());
        _w.Text("（2）公务用车运行费支出").Amount(actual.VehicleOperation, Keys.ThreePublic("vehicle-operation"));
        if (details.VehicleOperationUse is { } use)
        {
            _w.Text($"，主要用于{use}");
        }
        _w.Text("。");
        if (details.FleetAtYearEnd is { } fleet)
        {
            _w.Text($"截至{_year}年12月31日，开支财政拨款的公务用车保有量为").Count(fleet, "辆").Text("。");
        }
        paragraphs.Add(_w.Paragraph());

        ThreePublicItem("reception", "3. 公务接待费", "公务接待费", "，较上年", "reason.reception-change",
            "，决算数较上年{0}的主要原因：");
        _w.Text("。");
        paragraphs.Add(_w.Paragraph());
        if (actual.Reception is { Yuan: > 0m })
        {
            _w.Text("国内公务接待支出").Amount(actual.Reception);
            if (details.ReceptionVisitors is { } visitors)
            {
                _w.Text($"，接待对象主要是{visitors}");
            }
            _w.Staff("reception.purpose", "，主要是").Text("。");
            if (details.ReceptionBatches is { } batches)
            {
                _w.Text($"{_year}年共接待国内来访团组").Count(batches, "个");
                if (details.ReceptionPersons is { } persons)
                {
                    _w.Text("，").Count(persons, "人次").Text("（不包括陪同人员）");
                }
                _w.Text("。");
            }
            paragraphs.Add(_w.Paragraph());
        }
        yield return new ExplanationBlock("（二）“三公”经费财政拨款支出决算具体情况说明", paragraphs);
    }

    private void Completion(Money? actual, Money? budget, string lead)
    {
        if (budget is { Yuan: not 0m } && Percentage.Of(actual ?? Money.Zero, budget, PercentKind.Completion) is { } rate)
        {
            _w.Text(lead).Percent(rate);
        }
    }

    /// <summary>
    /// "…全年预算为X万元，支出决算为Y万元，完成全年预算的Z%，较上年减少…的主要原因：…" for one column of 公开09表
    /// (<paramref name="item"/> as in <see cref="Keys.ThreePublicItems"/>).
    /// </summary>
    private void ThreePublicItem(string item, string opening, string subject, string changeLead, string reasonKey, string reasonLead)
    {
        var (_, budget, actual) = _figures.ThreePublicItems().Single(i => i.Item == item);
        _w.Text(opening + "全年预算为").Amount(budget, Keys.ThreePublicBudget(item))
            .Text("，支出决算为").Amount(actual, Keys.ThreePublic(item));
        Completion(actual, budget, "，完成全年预算的");
        PriorChange(item, actual, changeLead, reasonKey, reasonLead, subject);
    }

    /// <summary>The change of a 三公 item against last year, with its reason; nothing when last year is unknown or both are zero.</summary>
    private void PriorChange(string item, Money? actual, string lead, string reasonKey, string reasonLead, string subject)
    {
        var previous = _prior[Keys.ThreePublic(item)];
        if (previous is null || Change.Between(actual ?? Money.Zero, previous) is not { } change)
        {
            return;
        }
        if (change.IsUnchanged)
        {
            if (change.Current.Yuan != 0m)
            {
                _w.Text(lead + "持平");
            }
            return;
        }
        _w.Text(lead).Change(change)
            .Staff(reasonKey, string.Format(System.Globalization.CultureInfo.InvariantCulture, reasonLead, change.AmountVerb), subject);
    }

    private IEnumerable<ExplanationBlock> OperatingCostBlocks()
    {
        var costs = _figures.OperatingCosts;
        if (costs.Amount is not { } amount)
        {
            yield break;
        }
        _w.Text($"{Year}{_version.ReportingUnit}机关运行经费支出").Amount(amount, Keys.OperatingCosts);
        var reasonAsked = false;
        if (Change.Between(amount, _prior[Keys.OperatingCosts]) is { } change)
        {
            _w.Text("，比上年");
            if (change.IsUnchanged)
            {
                _w.Text("持平");
            }
            else
            {
                _w.Change(change);
                reasonAsked = true;
            }
        }
        if (Change.Between(amount, costs.InitialBudget) is { IsUnchanged: false } budgetChange)
        {
            _w.Text("，比年初预算数").Change(budgetChange);
            reasonAsked = true;
        }
        if (reasonAsked)
        {
            _w.Staff("reason.operating-costs-change", "。主要原因是：");
        }
        _w.Text("。");
        yield return Block(null, _w.Paragraph());
    }

    private IEnumerable<ExplanationBlock> ProcurementBlocks()
    {
        var p = _figures.Procurement;
        if (p.Total is not { } total)
        {
            yield break;
        }
        _w.Text($"{Year}{_version.ReportingUnit}政府采购支出总额").Amount(total, Keys.ProcurementTotal)
            .Text("，其中：政府采购货物支出").Amount(p.Goods).Text("、政府采购工程支出").Amount(p.Works)
            .Text("、政府采购服务支出").Amount(p.Services).Text("。");
        if (p.AwardedToSmes is { } smes)
        {
            _w.Text("授予中小企业合同金额").Amount(smes);
            Share(smes, total, "，占政府采购支出总额的");
            if (p.AwardedToMicroAndSmall is { } micro)
            {
                _w.Text("，其中：授予小微企业合同金额").Amount(micro);
                Share(micro, smes, "，占授予中小企业合同金额的");
            }
            var byKind = new[] { ("货物", p.GoodsToSmes, p.Goods), ("工程", p.WorksToSmes, p.Works), ("服务", p.ServicesToSmes, p.Services) }
                .Where(k => k.Item2 is not null && k.Item3 is { Yuan: not 0m })
                .ToList();
            foreach (var (kind, awarded, spent) in byKind)
            {
                _w.Text(kind == byKind[0].Item1 ? "；" : "，").Text($"{kind}采购授予中小企业合同金额占{kind}支出金额的")
                    .Percent(Percentage.Of(awarded, spent, PercentKind.Share)!.Value);
            }
            _w.Text("。");
        }
        yield return Block(null, _w.Paragraph());
    }

    private void Share(Money part, Money whole, string lead)
    {
        if (Percentage.Of(part, whole, PercentKind.Share) is { } share)
        {
            _w.Text(lead).Percent(share);
        }
    }

    private IEnumerable<ExplanationBlock> AssetBlocks()
    {
        var a = _figures.Assets;
        if (a.TotalVehicles is not { } vehicles && a.GeneralEquipmentOver500K is null && a.SpecialEquipmentOver1M is null)
        {
            yield break;
        }
        _w.Text($"截至{_year}年12月31日，{_version.ReportingUnit}");
        if (a.TotalVehicles is { } count)
        {
            _w.Text("共有车辆").Count(count, "辆");
            var kinds = new (string Kind, int? Count)[]
            {
                ("副部（省）级及以上领导用车", a.SeniorLeaderVehicles), ("主要领导干部用车", a.PrincipalLeaderVehicles),
                ("机要通信用车", a.ConfidentialCommunicationVehicles), ("应急保障用车", a.EmergencyVehicles),
                ("执法执勤用车", a.LawEnforcementVehicles), ("特种专业技术用车", a.SpecialTechnicalVehicles),
                ("离退休干部用车", a.RetiredCadreVehicles), ("其他用车", a.OtherVehicles),
            }.Where(k => k.Count is > 0).ToList();
            if (kinds.Count == 1 && count > 0)
            {
                _w.Text($"，均为{kinds[0].Kind}");
            }
            else
            {
                foreach (var (kind, n) in kinds)
                {
                    _w.Text(kind == kinds[0].Kind ? "，其中：" : "、").Text(kind).Count(n!.Value, "辆");
                }
            }
        }
        if (a.GeneralEquipmentOver500K is { } general)
        {
            _w.Text("，单位价值50万元以上通用设备").Count(general, "台（套）");
        }
        if (a.SpecialEquipmentOver1M is { } special)
        {
            _w.Text("，单位价值100万元以上专用设备").Count(special, "台（套）");
        }
        _w.Text("。");
        yield return Block(null, _w.Paragraph());
    }

    // ---- 十三: performance ---------------------------------------------------------------------

    private IEnumerable<ExplanationBlock> PerformanceBlocks()
    {
        var overall = _figures.OverallEvaluation;
        var grade = overall?.Grade;
        if (_figures.ProjectsEvaluated > 0 || _figures.FundsEvaluated is not null)
        {
            _w.Text($"根据预算绩效管理要求，本部门组织对{Year}一般公共预算项目支出全面开展绩效自评，共涉及项目")
                .Count(_figures.ProjectsEvaluated, "个");
            if (_figures.FundsEvaluated is { } funds)
            {
                _w.Text("，资金").Amount(funds, Keys.PerformanceEvaluatedFunds);
                if (Percentage.Of(funds, _figures.GeneralBudgetProject, PercentKind.Share) is { } share)
                {
                    _w.Text("，占一般公共预算项目支出总额的").Percent(share);
                }
            }
            _w.Text("。");
            if (grade is not null)
            {
                _w.Text($"从绩效评价情况来看，{Year}本单位各指标项目绩效评价等级为{grade}。");
            }
            yield return Block("（一）预算绩效管理工作开展情况", _w.Paragraph());
        }

        if (overall is not null)
        {
            var count = _version.Evaluations.Count(e => e.Kind == EvaluationKind.Overall);
            _w.Text("本部门组织对").Count(count, "个").Text("部门开展整体支出绩效自评");
            if (overall.Executed is { } executed)
            {
                _w.Text("，资金").Amount(executed, Keys.PerformanceOverallEvaluatedFunds);
            }
            if (overall.TotalScore is { } score)
            {
                _w.Text("，自评得分").Count((int)score, "分");
            }
            _w.Text(grade is null ? "。" : $"，从评价情况来看，{Year}本单位各指标项目绩效评价等级为{grade}。");
            yield return Block("（二）部门（单位）整体支出自评结果", _w.Paragraph());
        }

        var projects = StaffParagraphs(13);
        for (var i = 0; i < _version.ProjectSummaries.Count; i++)
        {
            projects.Add(ProjectParagraph(i + 1, _version.ProjectSummaries[i]));
        }
        if (projects.Count > 0)
        {
            yield return new ExplanationBlock("（三）项目支出自评结果", projects);
        }

        if (_w.StaffTextOf("performance.use") is { } use)
        {
            yield return new ExplanationBlock("（四）绩效自评结果应用情况", use
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(text => new Paragraph([new TextSpan(text)]))
                .ToList());
        }
    }

    private Paragraph ProjectParagraph(int number, ProjectSummary project)
    {
        var name = project.Name.EndsWith("项目", StringComparison.Ordinal) ? project.Name : project.Name + "项目";
        _w.Text($"{number}. {name}绩效自评综述：项目全年预算数为").Amount(project.Budget)
            .Text("，执行数为").Amount(project.Executed);
        Completion(project.Executed, project.Budget, "，完成预算的");
        _w.Text("。");
        AppendSentence("主要产出和效益是：", project.Outputs);
        AppendSentence("存在的问题及原因：", project.Problems);
        AppendSentence("下一步改进措施：", project.NextSteps);
        return _w.Paragraph();
    }

    private void AppendSentence(string lead, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            var trimmed = text.Trim();
            _w.Text(lead + trimmed + (trimmed.EndsWith('。') ? "" : "。"));
        }
    }

    // ---- 图1–图4 ----------------------------------------------------------------------------------

    /// <summary>Bars of last year's and this year's totals (图1, 图4); this year alone when last year is unknown.</summary>
    private Chart TwoYearChart(int number, string title, string key, string incomeSeries, string expenditureSeries)
    {
        var points = new List<ChartPoint>();
        if (_prior[key] is { } previous)
        {
            points.Add(new ChartPoint($"{_prior.Year}年", incomeSeries, previous));
            points.Add(new ChartPoint($"{_prior.Year}年", expenditureSeries, previous));
        }
        var current = _figures[key] ?? Money.Zero;
        var expenditure = key == Keys.GrandTotal ? _version.Summary.ExpenditureGrandTotal ?? current
            : _version.AppropriationSummary.ExpenditureGrandTotal.Subtotal ?? current;
        points.Add(new ChartPoint($"{_year}年", incomeSeries, current));
        points.Add(new ChartPoint($"{_year}年", expenditureSeries, expenditure));
        return new Chart(number, title, ChartKind.Bars, points);
    }

    private static Chart PieChart(int number, string title, IReadOnlyList<FigurePart> parts) =>
        new(number, title, ChartKind.Pie,
            parts.Select(p => new ChartPoint(p.Label, null, p.Amount ?? Money.Zero, p.Share)).ToList());
}
