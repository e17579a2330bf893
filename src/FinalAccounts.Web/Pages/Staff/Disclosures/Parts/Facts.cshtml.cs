using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Facts;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;

namespace FinalAccounts.Web.Pages.Staff.Disclosures.Parts;

/// <summary>
/// The facts the 说明 states beside the tables: 三公 details (items 九), 机关运行经费 (十), 政府采购 (十一)
/// and 国有资产占用 (十二). Sums of the typed figures are shown as hints; they are not saved.
/// </summary>
public sealed class FactsModel(DraftEditor editor) : PartPageModel<FactsModel.FactsInput>(editor)
{
    public override ContentPart Part => ContentPart.Facts;

    /// <summary>The vehicle kinds of 说明 十二, by the input property that holds each count.</summary>
    public static IReadOnlyList<(string Property, string Label)> VehicleKinds { get; } =
    [
        (nameof(FactsInput.SeniorLeaderVehicles), "副部（省）级及以上领导用车"),
        (nameof(FactsInput.PrincipalLeaderVehicles), "主要领导干部用车"),
        (nameof(FactsInput.ConfidentialCommunicationVehicles), "机要通信用车"),
        (nameof(FactsInput.EmergencyVehicles), "应急保障用车"),
        (nameof(FactsInput.LawEnforcementVehicles), "执法执勤用车"),
        (nameof(FactsInput.SpecialTechnicalVehicles), "特种专业技术用车"),
        (nameof(FactsInput.RetiredCadreVehicles), "离退休干部用车"),
        (nameof(FactsInput.OtherVehicles), "其他用车"),
    ];

    protected override void ShowContent()
    {
        var d = Stored.ThreePublicDetails;
        var o = Stored.OperatingCosts;
        var p = Stored.Procurement;
        var a = Stored.Assets;
        Input = new FactsInput
        {
            TripGroups = Text(d?.TripGroups),
            TripPersons = Text(d?.TripPersons),
            VehiclesPurchased = Text(d?.VehiclesPurchased),
            FleetAtYearEnd = Text(d?.FleetAtYearEnd),
            VehicleOperationUse = d?.VehicleOperationUse,
            ReceptionBatches = Text(d?.ReceptionBatches),
            ReceptionPersons = Text(d?.ReceptionPersons),
            ReceptionVisitors = d?.ReceptionVisitors,
            OperatingCosts = o?.Amount,
            OperatingCostsInitialBudget = o?.InitialBudget,
            ProcurementTotal = p?.Total,
            Goods = p?.Goods,
            Works = p?.Works,
            Services = p?.Services,
            AwardedToSmes = p?.AwardedToSmes,
            AwardedToMicroAndSmall = p?.AwardedToMicroAndSmall,
            GoodsToSmes = p?.GoodsToSmes,
            WorksToSmes = p?.WorksToSmes,
            ServicesToSmes = p?.ServicesToSmes,
            SeniorLeaderVehicles = Text(a?.SeniorLeaderVehicles),
            PrincipalLeaderVehicles = Text(a?.PrincipalLeaderVehicles),
            ConfidentialCommunicationVehicles = Text(a?.ConfidentialCommunicationVehicles),
            EmergencyVehicles = Text(a?.EmergencyVehicles),
            LawEnforcementVehicles = Text(a?.LawEnforcementVehicles),
            SpecialTechnicalVehicles = Text(a?.SpecialTechnicalVehicles),
            RetiredCadreVehicles = Text(a?.RetiredCadreVehicles),
            OtherVehicles = Text(a?.OtherVehicles),
            GeneralEquipmentOver500K = Text(a?.GeneralEquipmentOver500K),
            SpecialEquipmentOver1M = Text(a?.SpecialEquipmentOver1M),
        };
    }

    protected override Func<DisclosureContent, DisclosureContent> ReadInput(FieldReader read)
    {
        var i = Input;
        int? Count(string? value, string property, string label) => read.Count(value, "Input." + property, label);
        string? Amount(string? value, string property, string label) => read.Amount(value, "Input." + property, label);

        var details = new ThreePublicDetailsContent(
            Count(i.TripGroups, nameof(i.TripGroups), "因公出国（境）团组数"),
            Count(i.TripPersons, nameof(i.TripPersons), "因公出国（境）人次"),
            Count(i.VehiclesPurchased, nameof(i.VehiclesPurchased), "本年度购置公务用车数"),
            Count(i.FleetAtYearEnd, nameof(i.FleetAtYearEnd), "公务用车保有量"),
            FieldReader.Text(i.VehicleOperationUse),
            Count(i.ReceptionBatches, nameof(i.ReceptionBatches), "国内公务接待批次"),
            Count(i.ReceptionPersons, nameof(i.ReceptionPersons), "国内公务接待人次"),
            FieldReader.Text(i.ReceptionVisitors));
        var operating = new OperatingCostsContent(
            Amount(i.OperatingCosts, nameof(i.OperatingCosts), "机关运行经费支出"),
            Amount(i.OperatingCostsInitialBudget, nameof(i.OperatingCostsInitialBudget), "机关运行经费年初预算"));
        var procurement = new ProcurementContent(
            Amount(i.ProcurementTotal, nameof(i.ProcurementTotal), "政府采购支出总额"),
            Amount(i.Goods, nameof(i.Goods), "政府采购货物支出"),
            Amount(i.Works, nameof(i.Works), "政府采购工程支出"),
            Amount(i.Services, nameof(i.Services), "政府采购服务支出"),
            Amount(i.AwardedToSmes, nameof(i.AwardedToSmes), "授予中小企业合同金额"),
            Amount(i.AwardedToMicroAndSmall, nameof(i.AwardedToMicroAndSmall), "授予小微企业合同金额"),
            Amount(i.GoodsToSmes, nameof(i.GoodsToSmes), "货物采购授予中小企业合同金额"),
            Amount(i.WorksToSmes, nameof(i.WorksToSmes), "工程采购授予中小企业合同金额"),
            Amount(i.ServicesToSmes, nameof(i.ServicesToSmes), "服务采购授予中小企业合同金额"));
        var vehicles = VehicleKinds.Select(k => Count(VehicleCount(k.Property), k.Property, k.Label)).ToList();
        var assets = new AssetsContent(vehicles[0], vehicles[1], vehicles[2], vehicles[3], vehicles[4], vehicles[5], vehicles[6], vehicles[7],
            Count(i.GeneralEquipmentOver500K, nameof(i.GeneralEquipmentOver500K), "单位价值50万元以上通用设备"),
            Count(i.SpecialEquipmentOver1M, nameof(i.SpecialEquipmentOver1M), "单位价值100万元以上专用设备"));
        return content => content with
        {
            ThreePublicDetails = details, OperatingCosts = operating, Procurement = procurement, Assets = assets,
        };
    }

    public string? VehicleCount(string property) => property switch
    {
        nameof(FactsInput.SeniorLeaderVehicles) => Input.SeniorLeaderVehicles,
        nameof(FactsInput.PrincipalLeaderVehicles) => Input.PrincipalLeaderVehicles,
        nameof(FactsInput.ConfidentialCommunicationVehicles) => Input.ConfidentialCommunicationVehicles,
        nameof(FactsInput.EmergencyVehicles) => Input.EmergencyVehicles,
        nameof(FactsInput.LawEnforcementVehicles) => Input.LawEnforcementVehicles,
        nameof(FactsInput.SpecialTechnicalVehicles) => Input.SpecialTechnicalVehicles,
        nameof(FactsInput.RetiredCadreVehicles) => Input.RetiredCadreVehicles,
        nameof(FactsInput.OtherVehicles) => Input.OtherVehicles,
        _ => throw new ArgumentOutOfRangeException(nameof(property), property, null),
    };

    // ---- Hints: sums of what is typed, so a slip shows before the validator runs ----------------

    /// <summary>货物 + 工程 + 服务 against the 采购支出总额.</summary>
    public string? ProcurementHint
    {
        get
        {
            var procurement = TypedProcurement;
            return SumHint("货物、工程、服务支出合计", procurement.KindsTotal, procurement.Total, "采购支出总额");
        }
    }

    /// <summary>The three kinds' awards to SMEs against 授予中小企业合同金额, and 小微 within it.</summary>
    public string? SmeHint
    {
        get
        {
            var procurement = TypedProcurement;
            var sum = SumHint("货物、工程、服务授予中小企业合同金额合计", procurement.KindsAwardedToSmes, procurement.AwardedToSmes,
                "授予中小企业合同金额");
            var micro = procurement.MicroAndSmallExceedsSmes
                ? "授予小微企业合同金额大于授予中小企业合同金额，请核对。"
                : null;
            return string.Join(" ", new[] { sum, micro }.OfType<string>()) is { Length: > 0 } hint ? hint : null;
        }
    }

    /// <summary>机关运行经费 against its 年初预算.</summary>
    public string? OperatingCostsHint =>
        Change.Between(FieldReader.TryAmount(Input.OperatingCosts), FieldReader.TryAmount(Input.OperatingCostsInitialBudget)) is { } change
            ? change.IsUnchanged ? "与年初预算持平。"
            : $"比年初预算{change.AmountVerb} {change.Magnitude.ToWanYuanString()} 万元，说明第十项须写明原因。"
            : null;

    /// <summary>The vehicles of all kinds, the "共有车辆" of 说明 十二.</summary>
    public string VehiclesHint =>
        TypedAssets.TotalVehicles is { } total
            ? $"各类车辆合计 {total} 辆（说明中的“共有车辆”）。"
            : "各类车辆均未填写。";

    // A field that does not read as an amount or a count is left out of the sums; the save reports it.
    private GovernmentProcurement TypedProcurement => new()
    {
        Total = FieldReader.TryAmount(Input.ProcurementTotal),
        Goods = FieldReader.TryAmount(Input.Goods),
        Works = FieldReader.TryAmount(Input.Works),
        Services = FieldReader.TryAmount(Input.Services),
        AwardedToSmes = FieldReader.TryAmount(Input.AwardedToSmes),
        AwardedToMicroAndSmall = FieldReader.TryAmount(Input.AwardedToMicroAndSmall),
        GoodsToSmes = FieldReader.TryAmount(Input.GoodsToSmes),
        WorksToSmes = FieldReader.TryAmount(Input.WorksToSmes),
        ServicesToSmes = FieldReader.TryAmount(Input.ServicesToSmes),
    };

    private AssetHoldings TypedAssets => new()
    {
        SeniorLeaderVehicles = FieldReader.TryCount(Input.SeniorLeaderVehicles),
        PrincipalLeaderVehicles = FieldReader.TryCount(Input.PrincipalLeaderVehicles),
        ConfidentialCommunicationVehicles = FieldReader.TryCount(Input.ConfidentialCommunicationVehicles),
        EmergencyVehicles = FieldReader.TryCount(Input.EmergencyVehicles),
        LawEnforcementVehicles = FieldReader.TryCount(Input.LawEnforcementVehicles),
        SpecialTechnicalVehicles = FieldReader.TryCount(Input.SpecialTechnicalVehicles),
        RetiredCadreVehicles = FieldReader.TryCount(Input.RetiredCadreVehicles),
        OtherVehicles = FieldReader.TryCount(Input.OtherVehicles),
    };

    private static string? SumHint(string subject, Money? parts, Money? total, string totalLabel)
    {
        if (parts is not { } sum)
        {
            return null;
        }
        var text = $"{subject} {sum.ToWanYuanString()} 万元";
        if (total is not { } whole)
        {
            return text + "。";
        }
        return sum.DisplayWanYuan == whole.DisplayWanYuan
            ? $"{text}，与{totalLabel}一致。"
            : $"{text}，与{totalLabel} {whole.ToWanYuanString()} 万元相差 {(sum > whole ? sum - whole : whole - sum).ToWanYuanString()} 万元，请核对。";
    }

    private static string? Text(int? count) => count?.ToString(CultureInfo.InvariantCulture);

    public sealed class FactsInput
    {
        public string? TripGroups { get; set; }
        public string? TripPersons { get; set; }
        public string? VehiclesPurchased { get; set; }
        public string? FleetAtYearEnd { get; set; }
        public string? VehicleOperationUse { get; set; }
        public string? ReceptionBatches { get; set; }
        public string? ReceptionPersons { get; set; }
        public string? ReceptionVisitors { get; set; }

        public string? OperatingCosts { get; set; }
        public string? OperatingCostsInitialBudget { get; set; }

        public string? ProcurementTotal { get; set; }
        public string? Goods { get; set; }
        public string? Works { get; set; }
        public string? Services { get; set; }
        public string? AwardedToSmes { get; set; }
        public string? AwardedToMicroAndSmall { get; set; }
        public string? GoodsToSmes { get; set; }
        public string? WorksToSmes { get; set; }
        public string? ServicesToSmes { get; set; }

        public string? SeniorLeaderVehicles { get; set; }
        public string? PrincipalLeaderVehicles { get; set; }
        public string? ConfidentialCommunicationVehicles { get; set; }
        public string? EmergencyVehicles { get; set; }
        public string? LawEnforcementVehicles { get; set; }
        public string? SpecialTechnicalVehicles { get; set; }
        public string? RetiredCadreVehicles { get; set; }
        public string? OtherVehicles { get; set; }
        public string? GeneralEquipmentOver500K { get; set; }
        public string? SpecialEquipmentOver1M { get; set; }
    }
}
