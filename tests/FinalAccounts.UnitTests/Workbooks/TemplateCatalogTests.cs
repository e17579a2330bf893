using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Workbooks;

namespace FinalAccounts.UnitTests.Workbooks;

public class TemplateCatalogTests
{
    [Fact]
    public void LooksCodesUpInTheYearsClassificationCatalog()
    {
        var year = new FiscalYear(2024);
        var catalog = TemplateCatalog.From(new ClassificationCatalog(year,
            [new FunctionClassification(year, FunctionCode.Parse("2040601"), "行政运行")],
            [new EconomicClassification(year, EconomicCode.Parse("30101"), "基本工资")]));

        catalog.Year.Should().Be(2024);
        catalog.FunctionName("2040601").Should().Be("行政运行");
        catalog.EconomicName("30101").Should().Be("基本工资");
        new[] { catalog.FunctionName("2040602"), catalog.FunctionName("30101"), catalog.FunctionName("abc"), catalog.EconomicName("2040601") }
            .Should().OnlyContain(name => name == null);
    }
}
