using System.Globalization;
using System.Text.Json;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Seeding;
using FinalAccounts.Infrastructure.Workbooks;

namespace FinalAccounts.UnitTests.Workbooks;

/// <summary>The seed disclosures and the year's catalogs from data/seed, and how tables compare.</summary>
internal static class TemplateTestData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string SeedDirectory { get; } = Path.Combine(FindRoot(), "data", "seed");

    public static TheoryData<string> SeedFiles { get; } =
        [.. Directory.GetFiles(Path.Combine(SeedDirectory, "disclosures"), "*.json").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    public static DisclosureContent Seed(string file) =>
        Deserialize<DisclosureContent>(Path.Combine(SeedDirectory, "disclosures", file));

    public static DisclosureContent Qiaokou => Seed("qiaokou-2024.json");

    public static TemplateTitle TitleOf(DisclosureContent seed) => new(seed.Version.Title, seed.Version.ReportingUnit, seed.Year);

    public static byte[] Template(DisclosureContent seed) =>
        TemplateWorkbook.Write(seed.Tables, seed.Evaluations ?? [], seed.BasicData, TitleOf(seed));

    /// <summary>The year's catalog as the seed loader builds it: every catalog file that lists the year.</summary>
    public static TemplateCatalog Catalog(int year)
    {
        var functions = new Dictionary<string, string>(StringComparer.Ordinal);
        var economics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Path.Combine(SeedDirectory, "catalogs"), "*.json"))
        {
            var catalog = Deserialize<CatalogSeed>(path);
            if (!catalog.Years.Contains(year))
            {
                continue;
            }
            foreach (var entry in catalog.FunctionCodes)
            {
                functions.TryAdd(entry.Code, entry.Name);
            }
            foreach (var entry in catalog.EconomicCodes)
            {
                economics.TryAdd(entry.Code, entry.Name);
            }
        }
        return TemplateCatalog.From(year, functions, economics);
    }

    /// <summary>The year's catalog with function codes the seeds do not use.</summary>
    public static TemplateCatalog CatalogWith(int year, params (string Code, string Name)[] functionCodes)
    {
        var catalog = Catalog(year);
        var extra = functionCodes.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        return new TemplateCatalog(year, code => extra.GetValueOrDefault(code) ?? catalog.FunctionName(code), catalog.EconomicName);
    }

    public static TemplateImport Read(byte[] bytes, int year = 2024) =>
        TemplateWorkbookReader.Read(new MemoryStream(bytes), Catalog(year));

    /// <summary>
    /// Tables in which every figure differs from every other and has four decimals ("1,001.0101"),
    /// so a figure read into the wrong place or rounded shows; with a 类 outside the printed 26 (227).
    /// </summary>
    public static TablesContent DistinctTables()
    {
        var n = 0;
        string Next()
        {
            n++;
            var exact = decimal.Parse(string.Create(CultureInfo.InvariantCulture, $"{n * 1001}.{n % 100:00}{n % 9 + 1}1"), CultureInfo.InvariantCulture);
            return exact.ToString("#,##0.00##", CultureInfo.InvariantCulture);
        }
        FundSplitContent Split() => new(Next(), Next(), Next(), Next());
        ThreePublicColumnsContent Columns() => new(Next(), Next(), Next(), Next(), Next(), Next());
        return new TablesContent(
            new SummaryContent(Next(), Next(), Next(), Next(), Next(), Next(), Next(), Next(), Next(), Next(), Next(), Next(),
                [new("201", "一般公共服务支出", Next()), new("234", "抗疫特别国债安排的支出", Next()), new("227", "预备费", Next())],
                Next(), Next(), Next(), Next(), "01 说明"),
            new TableContent<IncomeRowContent>([new(null, "合计", Next(), Next(), Next(), Next(), Next(), Next(), Next())], "02 说明"),
            new TableContent<ExpenditureRowContent>([new(null, "合计", Next(), Next(), Next(), Next(), Next(), Next())], "03 说明"),
            new AppropriationSummaryContent(Next(), Next(), Next(), Next(), Next(), Next(), Next(), Next(), Next(),
                [new("204", "公共安全支出", Next(), Next(), Next(), Next()), new("227", "预备费", Next(), Next(), Next(), Next())],
                Split(), Split(), Split(), "04 说明"),
            new TableContent<GeneralBudgetRowContent>([new(null, "合计", Next(), Next(), Next(), Next())], "05 说明"),
            new BasicExpenditureContent([new("人员经费", "303", "对个人和家庭的补助", Next()), new("公用经费", "310", "资本性支出", Next())],
                Next(), Next(), "06 说明"),
            new TableContent<GovernmentFundRowContent>([new(null, "合计", Next(), Next(), Next(), Next(), Next(), Next())], "07 说明"),
            new TableContent<StateCapitalRowContent>([new(null, "合计", Next(), Next(), Next())], "08 说明"),
            new ThreePublicCostsContent(Columns(), Columns(), "09 说明"));
    }

    /// <summary>
    /// Tables as a file can state them: every amount by its exact value ("2,171.2" and "2171.20"
    /// alike), a table the version lacks as that table empty, and a split of blank cells as none.
    /// </summary>
    public static TablesContent Normalize(TablesContent t) => new(
        Summary(t.T01 ?? new SummaryContent(null, null, null, null, null, null, null, null, null, null, null, null, [], null, null, null, null, null)),
        Coded(t.T02, r => r with
        {
            Total = A(r.Total), FiscalAppropriation = A(r.FiscalAppropriation), SuperiorSubsidy = A(r.SuperiorSubsidy),
            BusinessIncome = A(r.BusinessIncome), OperatingIncome = A(r.OperatingIncome),
            AffiliatedRemittance = A(r.AffiliatedRemittance), OtherIncome = A(r.OtherIncome),
        }),
        Coded(t.T03, r => r with
        {
            Total = A(r.Total), Basic = A(r.Basic), Project = A(r.Project), RemittedToSuperior = A(r.RemittedToSuperior),
            Operating = A(r.Operating), SubsidyToAffiliates = A(r.SubsidyToAffiliates),
        }),
        Appropriation(t.T04 ?? new AppropriationSummaryContent(null, null, null, null, null, null, null, null, null, [], null, null, null, null)),
        Coded(t.T05, r => r with { Subtotal = A(r.Subtotal), Basic = A(r.Basic), Project = A(r.Project), InitialBudget = A(r.InitialBudget) }),
        t.T06 is { } t06
            ? t06 with { Rows = [.. t06.Rows.Select(r => r with { Amount = A(r.Amount) })], PersonnelTotal = A(t06.PersonnelTotal), PublicTotal = A(t06.PublicTotal) }
            : new BasicExpenditureContent([], null, null, null),
        Coded(t.T07, r => r with
        {
            OpeningBalance = A(r.OpeningBalance), Income = A(r.Income), ExpenditureSubtotal = A(r.ExpenditureSubtotal),
            ExpenditureBasic = A(r.ExpenditureBasic), ExpenditureProject = A(r.ExpenditureProject), ClosingBalance = A(r.ClosingBalance),
        }),
        Coded(t.T08, r => r with { Total = A(r.Total), Basic = A(r.Basic), Project = A(r.Project) }),
        t.T09 is { } t09
            ? t09 with { Budget = Columns(t09.Budget), Actual = Columns(t09.Actual) }
            : new ThreePublicCostsContent(null, null, null));

    private static SummaryContent Summary(SummaryContent s) => s with
    {
        GeneralBudgetAppropriation = A(s.GeneralBudgetAppropriation), GovernmentFundAppropriation = A(s.GovernmentFundAppropriation),
        StateCapitalAppropriation = A(s.StateCapitalAppropriation), SuperiorSubsidy = A(s.SuperiorSubsidy),
        BusinessIncome = A(s.BusinessIncome), OperatingIncome = A(s.OperatingIncome), AffiliatedRemittance = A(s.AffiliatedRemittance),
        OtherIncome = A(s.OtherIncome), IncomeTotal = A(s.IncomeTotal), NonFiscalBalanceUsed = A(s.NonFiscalBalanceUsed),
        IncomeOpeningBalance = A(s.IncomeOpeningBalance), IncomeGrandTotal = A(s.IncomeGrandTotal),
        Expenditure = [.. s.Expenditure.Select(l => l with { Amount = A(l.Amount) })],
        ExpenditureTotal = A(s.ExpenditureTotal), SurplusDistribution = A(s.SurplusDistribution),
        ExpenditureClosingBalance = A(s.ExpenditureClosingBalance), ExpenditureGrandTotal = A(s.ExpenditureGrandTotal),
    };

    private static AppropriationSummaryContent Appropriation(AppropriationSummaryContent s) => s with
    {
        GeneralBudgetIncome = A(s.GeneralBudgetIncome), GovernmentFundIncome = A(s.GovernmentFundIncome),
        StateCapitalIncome = A(s.StateCapitalIncome), IncomeTotal = A(s.IncomeTotal), OpeningBalanceTotal = A(s.OpeningBalanceTotal),
        OpeningGeneralBudget = A(s.OpeningGeneralBudget), OpeningGovernmentFund = A(s.OpeningGovernmentFund),
        OpeningStateCapital = A(s.OpeningStateCapital), IncomeGrandTotal = A(s.IncomeGrandTotal),
        Expenditure = [.. s.Expenditure.Select(l => l with
        {
            Subtotal = A(l.Subtotal), GeneralBudget = A(l.GeneralBudget), GovernmentFund = A(l.GovernmentFund), StateCapital = A(l.StateCapital),
        })],
        ExpenditureTotal = Split(s.ExpenditureTotal), ClosingBalance = Split(s.ClosingBalance), ExpenditureGrandTotal = Split(s.ExpenditureGrandTotal),
    };

    private static TableContent<TRow> Coded<TRow>(TableContent<TRow>? table, Func<TRow, TRow> amounts) =>
        table is null ? new TableContent<TRow>([], null) : table with { Rows = [.. table.Rows.Select(amounts)] };

    private static FundSplitContent? Split(FundSplitContent? s) =>
        s is null || (s.Subtotal, s.GeneralBudget, s.GovernmentFund, s.StateCapital) == (null, null, null, null)
            ? null
            : new FundSplitContent(A(s.Subtotal), A(s.GeneralBudget), A(s.GovernmentFund), A(s.StateCapital));

    private static ThreePublicColumnsContent? Columns(ThreePublicColumnsContent? s) =>
        s is null || new[] { s.Total, s.Abroad, s.VehicleSubtotal, s.VehiclePurchase, s.VehicleOperation, s.Reception }.All(a => a is null)
            ? null
            : new ThreePublicColumnsContent(A(s.Total), A(s.Abroad), A(s.VehicleSubtotal), A(s.VehiclePurchase), A(s.VehicleOperation), A(s.Reception));

    /// <summary>The exact value of an amount in 万元, written one way.</summary>
    public static string? A(string? amount) =>
        amount is null ? null : Money.ParseWanYuan(amount).WanYuan.ToString("0.00####", CultureInfo.InvariantCulture);

    private static T Deserialize<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException(path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FinalAccounts.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find the repository root (FinalAccounts.sln) above " + AppContext.BaseDirectory);
    }
}
