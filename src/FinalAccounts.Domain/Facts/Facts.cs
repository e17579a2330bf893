using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Facts;

// Facts the 说明 reports beside the tables. Counts are null where the department stated nothing.

/// <summary>三公 details behind 公开09表 (说明 item 九).</summary>
public sealed class ThreePublicDetails
{
    /// <summary>The longest the uses of vehicle running costs, the visitors received the database keeps.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>因公出国（境）团组数.</summary>
    public int? TripGroups { get; set; }
    /// <summary>因公出国（境）人次.</summary>
    public int? TripPersons { get; set; }
    /// <summary>本年度购置公务用车辆数.</summary>
    public int? VehiclesPurchased { get; set; }
    /// <summary>截至12月31日开支财政拨款的公务用车保有量.</summary>
    public int? FleetAtYearEnd { get; set; }
    /// <summary>公务用车运行费"主要用于" text.</summary>
    public string? VehicleOperationUse { get; set; }
    /// <summary>国内公务接待批次.</summary>
    public int? ReceptionBatches { get; set; }
    /// <summary>国内公务接待人次（不包括陪同人员）.</summary>
    public int? ReceptionPersons { get; set; }
    /// <summary>接待对象.</summary>
    public string? ReceptionVisitors { get; set; }
}

/// <summary>机关运行经费 (说明 item 十).</summary>
public sealed class OperatingCosts
{
    public Money? Amount { get; set; }
    public Money? InitialBudget { get; set; }
}

/// <summary>政府采购 (说明 item 十一).</summary>
public sealed class GovernmentProcurement
{
    public Money? Total { get; set; }
    public Money? Goods { get; set; }
    public Money? Works { get; set; }
    public Money? Services { get; set; }
    /// <summary>授予中小企业合同金额.</summary>
    public Money? AwardedToSmes { get; set; }
    /// <summary>其中授予小微企业合同金额.</summary>
    public Money? AwardedToMicroAndSmall { get; set; }
    public Money? GoodsToSmes { get; set; }
    public Money? WorksToSmes { get; set; }
    public Money? ServicesToSmes { get; set; }

    /// <summary>货物 + 工程 + 服务, which make up <see cref="Total"/>; null when none is stated.</summary>
    public Money? KindsTotal => new[] { Goods, Works, Services }.Sum();

    /// <summary>The three kinds' awards to SMEs, which make up <see cref="AwardedToSmes"/>; null when none is stated.</summary>
    public Money? KindsAwardedToSmes => new[] { GoodsToSmes, WorksToSmes, ServicesToSmes }.Sum();

    /// <summary>Whether the 小微企业 awards, a part of the 中小企业 awards, are stated as more than them.</summary>
    public bool MicroAndSmallExceedsSmes => AwardedToMicroAndSmall > AwardedToSmes;
}

/// <summary>国有资产占用 (说明 item 十二): vehicles by the eight kinds and large equipment.</summary>
public sealed class AssetHoldings
{
    /// <summary>副部（省）级及以上领导用车.</summary>
    public int? SeniorLeaderVehicles { get; set; }
    /// <summary>主要领导干部用车.</summary>
    public int? PrincipalLeaderVehicles { get; set; }
    /// <summary>机要通信用车.</summary>
    public int? ConfidentialCommunicationVehicles { get; set; }
    /// <summary>应急保障用车.</summary>
    public int? EmergencyVehicles { get; set; }
    /// <summary>执法执勤用车.</summary>
    public int? LawEnforcementVehicles { get; set; }
    /// <summary>特种专业技术用车.</summary>
    public int? SpecialTechnicalVehicles { get; set; }
    /// <summary>离退休干部用车.</summary>
    public int? RetiredCadreVehicles { get; set; }
    /// <summary>其他用车.</summary>
    public int? OtherVehicles { get; set; }
    /// <summary>单位价值50万元以上通用设备（台、套）.</summary>
    public int? GeneralEquipmentOver500K { get; set; }
    /// <summary>单位价值100万元以上专用设备（台、套）.</summary>
    public int? SpecialEquipmentOver1M { get; set; }

    public int? TotalVehicles =>
        new[]
        {
            SeniorLeaderVehicles, PrincipalLeaderVehicles, ConfidentialCommunicationVehicles, EmergencyVehicles,
            LawEnforcementVehicles, SpecialTechnicalVehicles, RetiredCadreVehicles, OtherVehicles,
        }.Aggregate((int?)null, (sum, n) => n is null ? sum : (sum ?? 0) + n);
}
