using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Tables.Definitions;

namespace FinalAccounts.Domain.Tables;

public enum BasicExpenditureGroup
{
    /// <summary>人员经费: 301 工资福利支出, 303 对个人和家庭的补助.</summary>
    Personnel = 1,
    /// <summary>公用经费: 302 商品和服务支出, 310 资本性支出.</summary>
    Public = 2,
}

public static class BasicExpenditureGroups
{
    /// <summary>"人员经费" or "公用经费": the group's heading in 公开06表, and how content names it.</summary>
    public static string Name(this BasicExpenditureGroup group) =>
        TableDefinitions.BasicExpenditure.Sides[group == BasicExpenditureGroup.Personnel ? 0 : 1].Name;

    /// <summary>"人员经费合计" or "公用经费合计".</summary>
    public static string TotalName(this BasicExpenditureGroup group) => group.Name() + "合计";

    /// <summary>The group a name names; null for any other text.</summary>
    public static BasicExpenditureGroup? FromName(string? name) =>
        Enum.GetValues<BasicExpenditureGroup>().Cast<BasicExpenditureGroup?>().FirstOrDefault(g => g!.Value.Name() == name);
}

/// <summary>A line of 公开06表, keyed by 经济分类 code; printed lines with a blank amount are kept.</summary>
public sealed class BasicExpenditureRow
{
    /// <summary>The longest a 经济分类科目名称 the database keeps.</summary>
    public const int MaxNameLength = FunctionRow.MaxNameLength;

    private BasicExpenditureRow() { Name = null!; }

    public BasicExpenditureRow(BasicExpenditureGroup group, EconomicCode code, string name, Money? amount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Group = group;
        Code = code;
        Name = name.Trim();
        Amount = amount;
    }

    public long Id { get; private set; }
    public int Sequence { get; internal set; }
    public BasicExpenditureGroup Group { get; private set; }
    public EconomicCode Code { get; private set; }
    public string Name { get; private set; }
    public Money? Amount { get; private set; }

    public static BasicExpenditureGroup GroupOf(EconomicCode code) =>
        code.Value[..3] is "301" or "303" ? BasicExpenditureGroup.Personnel : BasicExpenditureGroup.Public;
}

/// <summary>The footer of 公开06表 as published.</summary>
public sealed class BasicExpenditureTotals
{
    /// <summary>人员经费合计.</summary>
    public Money? PersonnelTotal { get; set; }
    /// <summary>公用经费合计.</summary>
    public Money? PublicTotal { get; set; }
}
