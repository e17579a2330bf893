namespace FinalAccounts.Domain.Organizations;

/// <summary>
/// The controlled list of department kinds (部门类别). Auditors compare a department with its peers
/// of the same kind across regions, so the list is short and fixed; a department that fits none is 其他.
/// </summary>
public static class DepartmentKinds
{
    public const int MaxLength = 16;

    public const string Other = "其他";

    public static IReadOnlyList<string> All { get; } =
    [
        "党委办事机构", "人大政协", "政府办公", "发展改革", "财政", "审计", "统计", "公安", "司法行政",
        "教育", "科技", "民政", "人力资源社会保障", "自然资源", "生态环境", "住房城乡建设", "交通运输",
        "水利水务", "农业农村", "商务", "文化旅游", "卫生健康", "退役军人事务", "应急管理", "市场监管",
        "医疗保障", "城市管理", "体育", "街道乡镇", "群团组织", Other,
    ];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind);
}
