using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;

namespace FinalAccounts.Domain.Tables;

public enum BasicExpenditureGroup
{
    /// <summary>人员经费: 301 工资福利支出, 303 对个人和家庭的补助.</summary>
    Personnel = 1,
    /// <summary>公用经费: 302 商品和服务支出, 310 资本性支出.</summary>
    Public = 2,
}

/// <summary>A line of 公开06表, keyed by 经济分类 code; printed lines with a blank amount are kept.</summary>
public sealed class BasicExpenditureRow
{
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
