namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>十二、国有资产占用情况说明: vehicles by kind and large equipment at the year's end.</summary>
internal sealed class AssetsItem(ExplanationContext context) : ItemWriter(context)
{
    public override int Number => 12;

    public override IEnumerable<ExplanationBlock> Blocks()
    {
        var a = Figures.Assets;
        if (a.TotalVehicles is not { } vehicles && a.GeneralEquipmentOver500K is null && a.SpecialEquipmentOver1M is null)
        {
            yield break;
        }
        W.Text($"截至{FiscalYear}年12月31日，{Version.ReportingUnit}");
        if (a.TotalVehicles is { } count)
        {
            W.Text("共有车辆").Count(count, "辆");
            var kinds = new (string Kind, int? Count)[]
            {
                ("副部（省）级及以上领导用车", a.SeniorLeaderVehicles), ("主要领导干部用车", a.PrincipalLeaderVehicles),
                ("机要通信用车", a.ConfidentialCommunicationVehicles), ("应急保障用车", a.EmergencyVehicles),
                ("执法执勤用车", a.LawEnforcementVehicles), ("特种专业技术用车", a.SpecialTechnicalVehicles),
                ("离退休干部用车", a.RetiredCadreVehicles), ("其他用车", a.OtherVehicles),
            }.Where(k => k.Count is > 0).ToList();
            if (kinds.Count == 1 && count > 0)
            {
                W.Text($"，均为{kinds[0].Kind}");
            }
            else
            {
                foreach (var (kind, n) in kinds)
                {
                    W.Text(kind == kinds[0].Kind ? "，其中：" : "、").Text(kind).Count(n!.Value, "辆");
                }
            }
        }
        if (a.GeneralEquipmentOver500K is { } general)
        {
            W.Text("，单位价值50万元以上通用设备").Count(general, "台（套）");
        }
        if (a.SpecialEquipmentOver1M is { } special)
        {
            W.Text("，单位价值100万元以上专用设备").Count(special, "台（套）");
        }
        W.Text("。");
        yield return Block(null, W.Paragraph());
    }
}
