using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.IntegrationTests.Infrastructure;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>The portal with every seed file except 硚口 2024, which the test re-enters by hand.</summary>
public sealed class PortalWithoutQiaokou2024 : PortalFactory
{
    private readonly string _seeds = CopySeedsWithout("qiaokou-2024.json");

    protected override string SeedDirectory => _seeds;

    protected override Task DisposedAsync()
    {
        Directory.Delete(_seeds, recursive: true);
        return Task.CompletedTask;
    }

    private static string CopySeedsWithout(string disclosure)
    {
        var target = Path.Combine(Path.GetTempPath(), "finalaccounts-seeds-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(RepositoryPaths.SeedDirectory, "*", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file) == disclosure)
            {
                continue;
            }
            var copy = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.SeedDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }
}

/// <summary>
/// 硚口区司法局's finance officer re-enters the published 2024 disclosure by hand — the nine tables
/// through the Excel template (with the five inconsistencies of the printed PDF put right in the
/// spreadsheet), the other parts through the forms — submits it with every warning explained, and a
/// reviewer publishes it. The public then reads the same figures as the published seed.
/// </summary>
public sealed class ReEntryTests(PortalWithoutQiaokou2024 portal) : IClassFixture<PortalWithoutQiaokou2024>
{
    private const string Department = "420104-sfj";
    private const string Workspace = "/staff/disclosures/420104-sfj/2024";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task TheQiaokou2024DisclosureIsReEnteredThroughTheTemplateAndTheFormsAndPublished()
    {
        var seed = JsonSerializer.Deserialize<DisclosureContent>(
            await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.SeedDirectory, "disclosures", "qiaokou-2024.json")), Json)!;
        var fixedSeed = StaffActors.FixQiaokou2024(seed);
        var editor = await StaffBrowser.SignedInAsync(portal, "reentry-editor", StaffRoles.Editor, Department);
        var reviewer = await StaffBrowser.SignedInAsync(portal, "reentry-reviewer", StaffRoles.Reviewer, Department);
        (await portal.CreateClient().GetAsync("/disclosures/420104-sfj/2024")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // An empty year.
        (await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']", new() { ["Year"] = "2024", ["FromLastYear"] = "false" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        // The nine tables: the template filled in a spreadsheet, uploaded, previewed and applied.
        var filled = TemplateWorkbook.Write(fixedSeed.Tables, new TemplateTitle(seed.Version.Title, seed.Version.ReportingUnit, 2024));
        var preview = await UploadAsync(editor, filled);
        preview.QuerySelector("#problems-heading").Should().BeNull();
        (await editor.SubmitAsync(Page("import"), (IHtmlFormElement)preview.QuerySelector("form[action$='handler=Apply']")!, []))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        // The other parts through their forms.
        await SaveAsync(editor, "cover", new() { ["Input.Title"] = seed.Version.Title, ["Input.ReportingUnit"] = seed.Version.ReportingUnit });
        var profile = seed.Profile!;
        var staffing = profile.Staffing;
        await SaveAsync(editor, "profile", new Dictionary<string, string>
        {
            ["Input.Organization"] = profile.Organization ?? "",
            ["Input.ActiveAdministrative"] = $"{staffing?.ActiveAdministrative}",
            ["Input.ActiveInstitutional"] = $"{staffing?.ActiveInstitutional}",
            ["Input.RetiredLixiu"] = $"{staffing?.RetiredLixiu}",
            ["Input.RetiredTuixiu"] = $"{staffing?.RetiredTuixiu}",
        }.Concat(profile.Duties.Select((d, i) => KeyValuePair.Create($"Input.Duties[{i}]", d))).ToDictionary());
        await SaveAsync(editor, "facts", FactFields(seed));
        await SaveAsync(editor, "keywork", seed.KeyWork!.SelectMany((k, i) => new[]
        {
            KeyValuePair.Create($"Input.Items[{i}].Title", k.Title),
            KeyValuePair.Create($"Input.Items[{i}].Goal", k.Goal ?? ""),
            KeyValuePair.Create($"Input.Items[{i}].Completion", k.Completion ?? ""),
        }).ToDictionary());
        await SaveAsync(editor, "glossary", seed.Glossary!.SelectMany((g, i) => new[]
        {
            KeyValuePair.Create($"Input.Entries[{i}].Term", g.Term),
            KeyValuePair.Create($"Input.Entries[{i}].Definition", g.Definition),
            KeyValuePair.Create($"Input.Entries[{i}].FunctionCode", g.FunctionCode ?? ""),
        }).ToDictionary());
        await SaveAsync(editor, "explanation", ExplanationFields(fixedSeed.Explanation!));

        // What was entered is the published seed, part by part (the evaluations are not re-entered here).
        var entered = await StaffActors.LoadAsync(portal, new VersionKey(Department, 2024, 1));
        var normalized = Normalized(fixedSeed);
        var expected = normalized with
        {
            Version = entered.Version,
            Evaluations = [],
            // The evaluations' figures go with the evaluations, which this test does not enter.
            Explanation = normalized.Explanation! with
            {
                Figures = normalized.Explanation.Figures.Where(f => !f.Key.StartsWith("performance", StringComparison.Ordinal)).ToList(),
            },
        };
        var differences = ContentChanges.Between(expected, entered with { Evaluations = [] });
        differences.Should().BeEmpty("the re-entered disclosure holds the published content");

        // Submitted with the warnings explained, published by the reviewer.
        var workspace = await editor.GetPageAsync(Workspace);
        workspace.QuerySelector("#findings-heading")!.TextContent.Should().Contain("错误 0 个");
        var explanations = workspace.QuerySelectorAll("form[action$='handler=Submit'] textarea")
            .ToDictionary(t => t.GetAttribute("name")!, _ => "已核实。");
        (await editor.SubmitAsync(Workspace, "form[action$='handler=Submit']", explanations)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await reviewer.SubmitAsync(Workspace, "form[action$='handler=Publish']", [])).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var published = await portal.CreateClient().GetStringAsync("/disclosures/420104-sfj/2024");
        published.Should().Contain(seed.Version.Title).And.Contain("3,469.73").And.Contain(seed.Profile!.Duties[0][..20]);
        (await portal.CreateClient().GetAsync("/disclosures/420104-sfj/2024/pdf")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>The seed as the portal writes it: amounts with two decimals, lists in stored order.</summary>
    private static DisclosureContent Normalized(DisclosureContent seed)
    {
        var draft = new Disclosure(1, new Domain.Classification.FiscalYear(seed.Year)).StartVersion(seed.Version.Title, seed.Version.ReportingUnit);
        ContentWriter.Write(draft, seed, null, null);
        return DisclosureSnapshot.Capture(draft, seed.DepartmentCode, seed.Year);
    }

    private static string Page(string part) => $"/staff/disclosures/420104-sfj/2024/v1/{part}";

    private static async Task SaveAsync(StaffBrowser editor, string part, Dictionary<string, string> fields)
    {
        var response = await editor.SubmitAsync(Page(part), "form.part-form", fields);
        var problem = response.StatusCode == HttpStatusCode.OK
            ? (await StaffBrowser.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent
            : null;
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "{0} should save: {1}", part, problem);
    }

    private static Dictionary<string, string> FactFields(DisclosureContent seed)
    {
        var fields = new Dictionary<string, string>();
        void Add(string name, object? value) => fields["Input." + name] = value?.ToString() ?? "";
        var d = seed.ThreePublicDetails!;
        Add("TripGroups", d.TripGroups); Add("TripPersons", d.TripPersons); Add("VehiclesPurchased", d.VehiclesPurchased);
        Add("FleetAtYearEnd", d.FleetAtYearEnd); Add("VehicleOperationUse", d.VehicleOperationUse);
        Add("ReceptionBatches", d.ReceptionBatches); Add("ReceptionPersons", d.ReceptionPersons); Add("ReceptionVisitors", d.ReceptionVisitors);
        Add("OperatingCosts", seed.OperatingCosts!.Amount); Add("OperatingCostsInitialBudget", seed.OperatingCosts.InitialBudget);
        var p = seed.Procurement!;
        Add("ProcurementTotal", p.Total); Add("Goods", p.Goods); Add("Works", p.Works); Add("Services", p.Services);
        Add("AwardedToSmes", p.AwardedToSmes); Add("AwardedToMicroAndSmall", p.AwardedToMicroAndSmall);
        Add("GoodsToSmes", p.GoodsToSmes); Add("WorksToSmes", p.WorksToSmes); Add("ServicesToSmes", p.ServicesToSmes);
        var a = seed.Assets!;
        Add("SeniorLeaderVehicles", a.SeniorLeaderVehicles); Add("PrincipalLeaderVehicles", a.PrincipalLeaderVehicles);
        Add("ConfidentialCommunicationVehicles", a.ConfidentialCommunicationVehicles); Add("EmergencyVehicles", a.EmergencyVehicles);
        Add("LawEnforcementVehicles", a.LawEnforcementVehicles); Add("SpecialTechnicalVehicles", a.SpecialTechnicalVehicles);
        Add("RetiredCadreVehicles", a.RetiredCadreVehicles); Add("OtherVehicles", a.OtherVehicles);
        Add("GeneralEquipmentOver500K", a.GeneralEquipmentOver500K); Add("SpecialEquipmentOver1M", a.SpecialEquipmentOver1M);
        return fields;
    }

    private static Dictionary<string, string> ExplanationFields(ExplanationContent explanation)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < explanation.Texts.Count; i++)
        {
            fields[$"Input.Texts[{i}].Item"] = explanation.Texts[i].Item.ToString();
            fields[$"Input.Texts[{i}].Key"] = explanation.Texts[i].Key;
            fields[$"Input.Texts[{i}].Text"] = explanation.Texts[i].Text;
        }
        var figures = explanation.Figures.Where(f => !f.Key.StartsWith("performance", StringComparison.Ordinal)).ToList();
        for (var i = 0; i < figures.Count; i++)
        {
            fields[$"Input.Figures[{i}].Kind"] = figures[i].Kind;
            fields[$"Input.Figures[{i}].Key"] = figures[i].Key;
            fields[$"Input.Figures[{i}].Amount"] = figures[i].Amount;
        }
        for (var i = 0; i < explanation.Projects.Count; i++)
        {
            var project = explanation.Projects[i];
            fields[$"Input.Projects[{i}].Name"] = project.Name;
            fields[$"Input.Projects[{i}].Budget"] = project.Budget ?? "";
            fields[$"Input.Projects[{i}].Executed"] = project.Executed ?? "";
            fields[$"Input.Projects[{i}].Outputs"] = project.Outputs ?? "";
            fields[$"Input.Projects[{i}].Problems"] = project.Problems ?? "";
            fields[$"Input.Projects[{i}].NextSteps"] = project.NextSteps ?? "";
        }
        return fields;
    }

    private static Task<IHtmlDocument> UploadAsync(StaffBrowser editor, byte[] file) =>
        editor.UploadAsync(Page("import"), "Workbook", file, "硚口2024.xlsx", TemplateWorkbook.ContentType);
}
