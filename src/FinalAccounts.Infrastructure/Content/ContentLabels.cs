using FinalAccounts.Domain.Tables.Definitions;

namespace FinalAccounts.Infrastructure.Content;

/// <summary>
/// What staff call each place of a version's content, by the JSON property name of the content record
/// shape. A name can mean different things under different parents ("actual" is 决算数 in 公开09表 and
/// 实际完成值 for an indicator), so "parent.name" is looked up before "name". An empty label adds
/// nothing to a description: the tables and their rows are described by the table and the row.
/// </summary>
internal static class ContentLabels
{
    private static readonly Dictionary<string, string> Labels = WithThreePublicCosts(new(StringComparer.Ordinal)
    {
        ["departmentCode"] = "部门编码",
        ["year"] = "年度",
        ["code"] = "科目编码",
        ["name"] = "名称",
        ["rows.name"] = "科目名称",
        ["expenditure.name"] = "科目名称",
        ["emptyStatement"] = "空表说明",

        ["version"] = "封面",
        ["version.title"] = "标题",
        ["reportingUnit"] = "单位",

        ["profile"] = "第一部分",
        ["duties"] = "主要职责",
        ["organization"] = "机构设置",
        ["staffing"] = "人员构成",
        ["activeAdministrative"] = "在职行政人数",
        ["activeInstitutional"] = "在职事业人数",
        ["retiredLixiu"] = "离休人数",
        ["retiredTuixiu"] = "退休人数",

        ["tables"] = "",
        ["rows"] = "",
        ["t01"] = "公开01表",
        ["t02"] = "公开02表",
        ["t03"] = "公开03表",
        ["t04"] = "公开04表",
        ["t05"] = "公开05表",
        ["t06"] = "公开06表",
        ["t07"] = "公开07表",
        ["t08"] = "公开08表",
        ["t09"] = "公开09表",

        ["generalBudgetAppropriation"] = "一般公共预算财政拨款收入",
        ["governmentFundAppropriation"] = "政府性基金预算财政拨款收入",
        ["stateCapitalAppropriation"] = "国有资本经营预算财政拨款收入",
        ["superiorSubsidy"] = "上级补助收入",
        ["businessIncome"] = "事业收入",
        ["operatingIncome"] = "经营收入",
        ["affiliatedRemittance"] = "附属单位上缴收入",
        ["otherIncome"] = "其他收入",
        ["incomeTotal"] = "本年收入合计",
        ["nonFiscalBalanceUsed"] = "使用非财政拨款结余",
        ["incomeOpeningBalance"] = "年初结转和结余",
        ["incomeGrandTotal"] = "收入总计",
        ["expenditure"] = "支出",
        ["expenditureTotal"] = "本年支出合计",
        ["surplusDistribution"] = "结余分配",
        ["expenditureClosingBalance"] = "年末结转和结余",
        ["expenditureGrandTotal"] = "支出总计",
        ["amount"] = "金额",

        ["total"] = "合计",
        ["fiscalAppropriation"] = "财政拨款收入",
        ["basic"] = "基本支出",
        ["project"] = "项目支出",
        ["remittedToSuperior"] = "上缴上级支出",
        ["operating"] = "经营支出",
        ["subsidyToAffiliates"] = "对附属单位补助支出",

        ["generalBudgetIncome"] = "一般公共预算财政拨款收入",
        ["governmentFundIncome"] = "政府性基金预算财政拨款收入",
        ["stateCapitalIncome"] = "国有资本经营预算财政拨款收入",
        ["openingBalanceTotal"] = "年初财政拨款结转和结余",
        ["openingGeneralBudget"] = "年初一般公共预算财政拨款结转和结余",
        ["openingGovernmentFund"] = "年初政府性基金预算财政拨款结转和结余",
        ["openingStateCapital"] = "年初国有资本经营预算财政拨款结转和结余",
        ["closingBalance"] = "年末结转和结余",
        ["subtotal"] = "小计",
        ["generalBudget"] = "一般公共预算财政拨款",
        ["governmentFund"] = "政府性基金预算财政拨款",
        ["stateCapital"] = "国有资本经营预算财政拨款",
        ["initialBudget"] = "年初预算",

        ["group"] = "分组",
        ["personnelTotal"] = "人员经费合计",
        ["publicTotal"] = "公用经费合计",

        ["openingBalance"] = "年初结转和结余",
        ["income"] = "本年收入",
        ["expenditureSubtotal"] = "本年支出小计",
        ["expenditureBasic"] = "本年支出 基本支出",
        ["expenditureProject"] = "本年支出 项目支出",

        ["threePublicDetails"] = "三公经费",
        ["tripGroups"] = "因公出国（境）团组数",
        ["tripPersons"] = "因公出国（境）人次",
        ["vehiclesPurchased"] = "购置公务用车数",
        ["fleetAtYearEnd"] = "公务用车保有量",
        ["vehicleOperationUse"] = "公务用车运行维护费主要用途",
        ["receptionBatches"] = "国内公务接待批次",
        ["receptionPersons"] = "国内公务接待人次",
        ["receptionVisitors"] = "接待对象",

        ["operatingCosts"] = "机关运行经费",
        ["operatingCosts.amount"] = "支出",

        ["procurement"] = "政府采购",
        ["procurement.total"] = "采购支出总额",
        ["goods"] = "货物",
        ["works"] = "工程",
        ["services"] = "服务",
        ["awardedToSmes"] = "授予中小企业合同金额",
        ["awardedToMicroAndSmall"] = "授予小微企业合同金额",
        ["goodsToSmes"] = "货物授予中小企业合同金额",
        ["worksToSmes"] = "工程授予中小企业合同金额",
        ["servicesToSmes"] = "服务授予中小企业合同金额",

        ["assets"] = "国有资产占用",
        ["seniorLeaderVehicles"] = "副部（省）级及以上领导用车",
        ["principalLeaderVehicles"] = "主要领导干部用车",
        ["confidentialCommunicationVehicles"] = "机要通信用车",
        ["emergencyVehicles"] = "应急保障用车",
        ["lawEnforcementVehicles"] = "执法执勤用车",
        ["specialTechnicalVehicles"] = "特种专业技术用车",
        ["retiredCadreVehicles"] = "离退休干部用车",
        ["otherVehicles"] = "其他用车",
        ["generalEquipmentOver500K"] = "单位价值50万元以上通用设备",
        ["specialEquipmentOver1M"] = "单位价值100万元以上专用设备",

        ["explanation"] = "第三部分",
        ["texts"] = "说明文字",
        ["figures"] = "说明数字",
        ["projects"] = "项目情况",
        ["item"] = "说明项",
        ["key"] = "键",
        ["text"] = "内容",
        ["texts.text"] = "文字",
        ["carriedFromYear"] = "沿用上年、待核对",
        ["kind"] = "类型",
        ["budget"] = "预算数",
        ["executed"] = "执行数",
        ["outputs"] = "产出",
        ["problems"] = "存在问题",
        ["nextSteps"] = "下一步措施",

        ["keyWork"] = "第四部分",
        ["title"] = "重要事项",
        ["goal"] = "工作内容及目标",
        ["completion"] = "完成情况",

        ["glossary"] = "第五部分",
        ["term"] = "名词",
        ["definition"] = "解释",
        ["functionCode"] = "科目编码",

        ["evaluations"] = "第六部分 绩效自评",
        ["supervisingDepartment"] = "主管部门",
        ["implementingUnit"] = "实施单位",
        ["category"] = "项目类别",
        ["attribute"] = "项目属性",
        ["projectType"] = "项目类型",
        ["funds"] = "资金情况",
        ["line"] = "",
        ["initialBudget"] = "年初预算数",
        ["fullYearBudget"] = "全年预算数",
        ["funds.executed"] = "全年执行数",
        ["fundWeight"] = "预算执行分值",
        ["fundScore"] = "预算执行得分",
        ["groups"] = "一级指标分值",
        ["executionRate"] = "执行率",
        ["totalScore"] = "总分",
        ["grade"] = "评价等级",
        ["deviationAnalysis"] = "偏差原因分析",
        ["improvement"] = "改进措施",
        ["report"] = "自评报告",
        ["goals"] = "年度目标",
        ["goals.text"] = "预期目标",
        ["achieved"] = "实际完成情况",
        ["deviation"] = "偏差原因分析及改进措施",
        ["indicators"] = "指标",
        ["level1"] = "一级指标",
        ["level2"] = "二级指标",
        ["level3"] = "三级指标",
        ["target"] = "年度指标值",
        ["actual"] = "实际完成值",
        ["weight"] = "分值",

        ["basicData"] = "整体支出绩效评价基础数据表",
        ["authorizedStaff"] = "编制数",
        ["actualStaff"] = "实际在职人数",
        ["staffControlRate"] = "控制率",
        ["lines"] = "经费控制情况",
        ["priorActual"] = "上年决算数",
        ["lines.budget"] = "本年预算数",
        ["lines.actual"] = "本年决算数",
        ["lines.name"] = "项目名称",
        ["approvedArea"] = "批复规模",
        ["actualArea"] = "实际规模",
        ["areaControlRate"] = "规模控制率",
        ["budgetedInvestment"] = "预算投资",
        ["actualInvestment"] = "实际投资",
        ["investmentControlRate"] = "投资概算控制率",
        ["frugality"] = "厉行节约保障措施",
        ["score"] = "得分",
    });

    // 公开09表's sides and columns are named by its definition ("total" is 合计 there as elsewhere).
    private static Dictionary<string, string> WithThreePublicCosts(Dictionary<string, string> labels)
    {
        var definition = TableDefinitions.ThreePublicCosts;
        foreach (var side in definition.Sides)
        {
            labels[$"t09.{side.Key}"] = side.Name;
        }
        foreach (var column in definition.Columns)
        {
            labels.TryAdd(column.Key, column.Name);
        }
        return labels;
    }

    /// <summary>The label of property <paramref name="name"/> under <paramref name="parent"/>; the name itself when unknown.</summary>
    public static string Of(string parent, string name) =>
        Labels.TryGetValue($"{parent}.{name}", out var specific) ? specific
        : Labels.TryGetValue(name, out var label) ? label
        : name;

    /// <summary>"第4条" for a duty, "第4项" for an item of any other list; <paramref name="index"/> counts from 0.</summary>
    public static string Ordinal(string list, int index) => list == "duties" ? $"第{index + 1}条" : $"第{index + 1}项";
}
