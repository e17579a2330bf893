namespace FinalAccounts.Domain.Tables;

/// <summary>The nine standard tables of 第二部分, in published order.</summary>
public enum PublishedTable
{
    IncomeExpenditureSummary = 1,
    Income = 2,
    Expenditure = 3,
    AppropriationSummary = 4,
    GeneralBudgetExpenditure = 5,
    BasicExpenditureDetail = 6,
    GovernmentFund = 7,
    StateCapital = 8,
    ThreePublicCosts = 9,
}

public static class PublishedTables
{
    public static IReadOnlyList<PublishedTable> All { get; } = Enum.GetValues<PublishedTable>();

    /// <summary>"公开01表".</summary>
    public static string Number(this PublishedTable table) => $"公开{table.Key()}表";

    /// <summary>"01" … "09": how addresses, anchors and file names name a table.</summary>
    public static string Key(this PublishedTable table) => ((int)table).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The table a key names ("01" … "09"); null for anything else, "1" included, so each table has one address.</summary>
    public static PublishedTable? FromKey(string? key) =>
        key is { Length: 2 } && key.All(char.IsAsciiDigit)
        && int.Parse(key, System.Globalization.CultureInfo.InvariantCulture) is var n && Enum.IsDefined((PublishedTable)n)
            ? (PublishedTable)n
            : null;

    public static string Title(this PublishedTable table) => table switch
    {
        PublishedTable.IncomeExpenditureSummary => "收入支出决算总表",
        PublishedTable.Income => "收入决算表",
        PublishedTable.Expenditure => "支出决算表",
        PublishedTable.AppropriationSummary => "财政拨款收入支出决算总表",
        PublishedTable.GeneralBudgetExpenditure => "一般公共预算财政拨款支出决算表",
        PublishedTable.BasicExpenditureDetail => "一般公共预算财政拨款基本支出决算明细表",
        PublishedTable.GovernmentFund => "政府性基金预算财政拨款收入支出决算表",
        PublishedTable.StateCapital => "国有资本经营预算财政拨款支出决算表",
        PublishedTable.ThreePublicCosts => "财政拨款“三公”经费支出决算表",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };
}

/// <summary>
/// The sentence an empty table is published with, e.g. "本部门2024年度无政府性基金预算财政拨款收入支出。"
/// </summary>
public sealed class EmptyTableStatement
{
    /// <summary>The longest the sentence of an empty table the database keeps.</summary>
    public const int MaxTextLength = 500;

    private EmptyTableStatement() { Text = null!; }

    public EmptyTableStatement(PublishedTable table, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Table = table;
        Text = text.Trim();
    }

    public PublishedTable Table { get; private set; }
    public string Text { get; private set; }
}
