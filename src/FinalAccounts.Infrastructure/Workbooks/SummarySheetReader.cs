using System.Text.RegularExpressions;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// Reads 公开01表 and 公开04表, the two-sided summaries: fixed income lines on the left, closing lines
/// and 类 lines on the right, each found by its label whatever row it is on.
/// </summary>
internal sealed partial class SummarySheetReader(ImportedSheet sheet)
{
    private const int IncomeLabelColumn = 0;
    private const int IncomeLineColumn = 1;
    private const int IncomeAmountColumn = 2;
    private const int ExpenditureLabelColumn = 3;
    private const int ExpenditureLineColumn = 4;
    private const int FirstExpenditureAmountColumn = 5;

    private SheetCells Cells => sheet.Cells;

    /// <summary>公开01表.</summary>
    public SummaryContent Summary()
    {
        var layout = TemplateTables.SummaryLines(new Dictionary<string, string>());
        var income = new string?[layout.Count(l => l.IncomeLabel.Length > 0)];
        var closing = new string?[layout.Skip(TemplateTables.ClassLineCount).Count(l => l.ExpenditureLabel.Length > 0)];
        var lines = new List<ClassAmountContent>();
        ReadSides(layout.Select(l => l.IncomeLabel), layout.Skip(TemplateTables.ClassLineCount).Select(l => l.ExpenditureLabel), 1,
            (i, amount) => income[i] = amount,
            (i, amounts) => closing[i] = amounts[0],
            (code, name, amounts) =>
            {
                if (amounts[0] is not null)
                {
                    lines.Add(new ClassAmountContent(code, name, amounts[0]));
                }
            });
        return TemplateTables.Summary(income, lines, closing, sheet.EmptyStatement);
    }

    /// <summary>公开04表.</summary>
    public AppropriationSummaryContent Appropriation()
    {
        var layout = TemplateTables.AppropriationLines(new Dictionary<string, string>());
        var income = new string?[layout.Count(l => l.IncomeLabel.Length > 0)];
        var closing = new FundSplitContent?[layout.Skip(TemplateTables.ClassLineCount).Count(l => l.ExpenditureLabel.Length > 0)];
        var lines = new List<FundSplitLineContent>();
        ReadSides(layout.Select(l => l.IncomeLabel), layout.Skip(TemplateTables.ClassLineCount).Select(l => l.ExpenditureLabel), 4,
            (i, amount) => income[i] = amount,
            (i, amounts) => closing[i] = TemplateTables.FundSplit(amounts),
            (code, name, amounts) =>
            {
                if (TemplateTables.FundSplit(amounts) is { } split)
                {
                    lines.Add(new FundSplitLineContent(code, name, split.Subtotal, split.GeneralBudget, split.GovernmentFund, split.StateCapital));
                }
            });
        return TemplateTables.Appropriation(income, lines, closing, sheet.EmptyStatement);
    }

    /// <summary>
    /// Reads both sides of a two-sided summary by label, whatever row a line is on: an income label
    /// names its fixed figure; an expenditure label is a closing line or a 类 line, either as printed
    /// ("四、公共安全支出") or as a person adds one ("227 预备费").
    /// </summary>
    private void ReadSides(IEnumerable<string> incomeLabels, IEnumerable<string> closingLabels, int expenditureAmounts,
        Action<int, string?> income, Action<int, IReadOnlyList<string?>> closing, Action<string, string, IReadOnlyList<string?>> classLine)
    {
        var incomeIndex = Index(incomeLabels);
        var closingIndex = Index(closingLabels);
        var seenIncome = new Dictionary<int, int>();
        var seenExpenditure = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastAmountColumn = FirstExpenditureAmountColumn + expenditureAmounts - 1;
        foreach (var row in sheet.BodyRows())
        {
            LineNumber(row, IncomeLineColumn);
            LineNumber(row, ExpenditureLineColumn);

            var left = Cells.Text(row, IncomeLabelColumn);
            if (left.Length == 0)
            {
                NoAmountWithoutLabel(row, IncomeAmountColumn, IncomeAmountColumn);
            }
            else if (!incomeIndex.TryGetValue(TemplateText.Normalize(left), out var i))
            {
                sheet.Problem(row, IncomeLabelColumn, $"“{TemplateText.Quote(left)}”不是本表的收入项目。请不要修改项目名称。");
            }
            else if (!seenIncome.TryAdd(i, row))
            {
                sheet.Problem(row, IncomeLabelColumn, $"收入项目“{TemplateText.Quote(left)}”出现了两次（第{seenIncome[i]}行和这一行）。请删除多余的一行。");
            }
            else
            {
                income(i, sheet.Amount(row, IncomeAmountColumn));
            }

            var right = Cells.Text(row, ExpenditureLabelColumn);
            if (right.Length == 0)
            {
                NoAmountWithoutLabel(row, FirstExpenditureAmountColumn, lastAmountColumn);
                continue;
            }
            var amounts = sheet.Amounts(row, FirstExpenditureAmountColumn, expenditureAmounts);
            var key = TemplateText.Normalize(right);
            if (closingIndex.TryGetValue(key, out var j))
            {
                if (Once(seenExpenditure, "#" + key, row, right))
                {
                    closing(j, amounts);
                }
            }
            else if (ClassLine(row, right) is { } line && Once(seenExpenditure, line.Code, row, right))
            {
                classLine(line.Code, line.Name, amounts);
            }
        }

        static Dictionary<string, int> Index(IEnumerable<string> labels) =>
            labels.Where(l => l.Length > 0).Select((l, i) => (Key: TemplateText.Normalize(l), i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
    }

    private bool Once(Dictionary<string, int> seen, string key, int row, string label)
    {
        if (seen.TryAdd(key, row))
        {
            return true;
        }
        sheet.Problem(row, ExpenditureLabelColumn, $"支出项目“{TemplateText.Quote(label)}”出现了两次（第{seen[key]}行和这一行）。请删除多余的一行。");
        return false;
    }

    private (string Code, string Name)? ClassLine(int row, string label)
    {
        var coded = CodedLabel().Match(label.Trim());
        if (coded.Success)
        {
            var code = coded.Groups["code"].Value;
            if (code.Length != 3 || !FunctionCode.TryParse(code, out _))
            {
                sheet.Problem(row, ExpenditureLabelColumn,
                    $"“{TemplateText.Quote(label)}”：本表的支出只按“类”列示，编码应为3位（如“227 预备费”）。");
                return null;
            }
            if (sheet.Catalog.FunctionName(code) is not { } catalogName)
            {
                sheet.Problem(row, ExpenditureLabelColumn, $"科目编码 {code} 不在{sheet.Year}年度支出功能分类科目中，请核对编码。");
                return null;
            }
            var written = coded.Groups["name"].Value.Trim();
            if (!ImportedSheet.NamesAgree(written, catalogName))
            {
                sheet.Problem(row, ExpenditureLabelColumn,
                    $"编码 {code} 在{sheet.Year}年度支出功能分类科目中是“{catalogName}”，与所填名称“{TemplateText.Quote(written)}”不一致。请核对编码或名称。");
                return null;
            }
            return (code, written.Length == 0 ? catalogName : written);
        }

        var name = Ordinal().Replace(label.Trim(), "");
        var key = TemplateText.Normalize(name);
        foreach (var (code, standardName) in SummaryTableLayout.StandardClasses)
        {
            if (key == TemplateText.Normalize(standardName) || key == TemplateText.Normalize(sheet.Catalog.FunctionName(code)))
            {
                return (code, name);
            }
        }
        sheet.Problem(row, ExpenditureLabelColumn,
            $"“{TemplateText.Quote(label)}”不是本表的支出项目。请不要修改项目名称；要增加其他“类”，在项目栏写“编码 名称”，如“227 预备费”。");
        return null;
    }

    /// <summary>The 行次 columns hold printed line numbers only, so a figure typed there is not lost unnoticed.</summary>
    private void LineNumber(int row, int column)
    {
        var text = TemplateText.Normalize(Cells.Text(row, column));
        if (text.Length > 0 && !text.All(char.IsAsciiDigit))
        {
            sheet.Problem(row, column, $"行次栏只填行号，不填金额或文字（现在是“{TemplateText.Quote(text)}”）。请把金额填在“金额”栏。");
        }
    }

    private void NoAmountWithoutLabel(int row, int firstColumn, int lastColumn)
    {
        for (var column = firstColumn; column <= lastColumn; column++)
        {
            if (!Cells.IsEmpty(row, column))
            {
                sheet.Problem(row, column, "这一格所在的行没有项目名称，不能填写金额。请把金额填在对应项目的行里。");
            }
        }
    }

    [GeneratedRegex(@"^(?<code>\d+)\s*[、.．:：\-－]?\s*(?<name>.*)$")]
    private static partial Regex CodedLabel();

    [GeneratedRegex(@"^[一二三四五六七八九十百零〇]+\s*[、.．]\s*")]
    private static partial Regex Ordinal();
}
