using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Workbooks;

namespace FinalAccounts.UnitTests.Workbooks;

public class TemplateRoundTripTests
{
    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void ReadsBackTheTablesItWasWrittenFrom(string file)
    {
        var seed = TemplateTestData.Seed(file);

        var import = TemplateTestData.Read(TemplateTestData.Template(seed), seed.Year);

        import.Problems.Should().BeEmpty();
        import.Tables.Should().NotBeNull();
        TemplateTestData.Normalize(import.Tables!).Should().BeEquivalentTo(TemplateTestData.Normalize(seed.Tables),
            o => o.WithStrictOrdering());
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void WritingWhatWasReadGivesTheSameCells(string file)
    {
        var seed = TemplateTestData.Seed(file);
        var first = TemplateTestData.Template(seed);

        var read = TemplateTestData.Read(first, seed.Year).Parts!;
        var again = TemplateWorkbook.Write(read.Tables, read.Evaluations!, read.BasicData, TemplateTestData.TitleOf(seed));

        WorkbookFile.Values(again).Should().BeEquivalentTo(WorkbookFile.Values(first));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void TablesWithTheirAmountsClearedReadBackWithEveryRowAndName(string file)
    {
        // A year started from last year keeps last year's rows and names with every amount blank.
        var seed = TemplateTestData.Seed(file);
        var cleared = seed with { Tables = NextYearContent.From(seed, seed.Year + 1, seed.Version.Title).Tables };

        var import = TemplateTestData.Read(TemplateTestData.Template(cleared), seed.Year);

        import.Problems.Should().BeEmpty();
        TemplateTestData.Normalize(import.Tables!).Should().BeEquivalentTo(TemplateTestData.Normalize(cleared.Tables),
            o => o.WithStrictOrdering());
    }

    public static TheoryData<string> SeedFiles => TemplateTestData.SeedFiles;
}

