using System.Text;

using FinalAccounts.Infrastructure.Pdf.Text;

namespace FinalAccounts.UnitTests.Pdf;

public sealed class LineBreakerTests
{
    // Sentences from the 硚口区司法局 2024 部门决算 (the published PDF's text, from which data/seed/disclosures was entered), kept
    // as printed, OCR slips and LaTeX residue included, because real input looks like this.
    private static readonly string[] SeedSentences =
    [
        "2024 年度收、支总计均为 3469.73 万元。与 2023 年度相比，收、支总计减少 483.25 万元，下降 12.2%，主要原因是人员减少、项目经费压减。",
        "（1）公共安全支出（类）司法（款）行政运行（项）。年初预算为1703.46万元，支出决算为1712.45万元，完成年初预算的100.5%，支出决算数大于年初预算数的主要原因：部分指标调剂项目。",
        "2024 年度“三公”经费财政拨款支出全年预算为 3.35 万元，支出决算为 3.35 万元，完成全年预算的 100%。较上年减少 0.31 万元，下降 8.5%，决算数较上年减少的主要原因：厉行节约，减少“三公”支出。",
        "1. 因公出国(境)费全年预算为 0 万元，支出决算为 0 万元。",
        "国内公务接待支出 0.08 万元，接待对象主要是成都市彭州市司法局，主要是开展调研工作。2024 年共接待国内来访团组 1 个，5 人次（不包括陪同人员）。",
        "组织法治建设“三方案”实地督察，同步开展长江保护法专项督察，探索“1+N”分类述法新模式，创办《法治硤口专报》双月刊。",
        "举办“执法暖企·与‘典’同行”法治沙龙，组织“致敬宪法 声声不息”诗歌朗诵比赛，11月开展金秋菊展法治惠民活动，累计开展各类普法活动3800场次，覆盖居民群众21万余人次。",
        "二是办理法律援助及帮助案件 1696 件；三是落实值班律师值班工作；四是法律援助投诉率 < 2%；五是法律援助案件服务回访满意率 100%。",
        @"一是社区矫正对象接收率 $<1\%$ ；二是社区矫正对象脱、漏管率 $<2\%$ ；",
        "(一) 一般公共预算财政拨款收入：指区级财政一般公共预算当年拨付的资金。",
        "1、公共安全(类)司法(款)行政运行(项)：指区司法局用于在职人员基本工资、津贴补贴等人员经费以及相关业务支出，保障机构正常运行、开展日常工作。",
        "一、一般公共预算财政拨款收入\t1\t3,469.73\t一、一般公共服务支出\t31",
        "调解协议履行率\t≥95%\t99.97%",
        "第一部分 区司法局概况",
        "2025 年 10 月 31 日",
        "电话：027-83792866",
    ];

    // A fixed-pitch stand-in for a font, so expected lines are exact: ASCII is half an em, the rest a full em.
    private static double Measure(string s)
    {
        var width = 0d;
        foreach (var rune in s.EnumerateRunes())
        {
            width += rune.IsAscii ? 0.5 : 1.0;
        }
        return width;
    }

    private static IReadOnlyList<string> Break(string text, double maxWidth) =>
        LineBreaker.Break(text, maxWidth, Measure);

    // An empty paragraph inside a text still takes a line; only a text that is empty has none.
    private static IReadOnlyList<string> BreakParagraph(string paragraph, double maxWidth) =>
        paragraph.Length == 0 ? [""] : Break(paragraph, maxWidth);

    private static bool IsBreakSpace(char c) => c is ' ' or '\t' or '\u3000';

    [Fact]
    public void TheFirstLineOfEachParagraphIsNarrowerByTheIndent()
    {
        var lines = LineBreaker.Break("一二三四五六七八\n甲乙丙丁戊己庚辛", 4, Measure, firstLineIndent: 2);

        lines.Should().Equal("一二", "三四五六", "七八", "甲乙", "丙丁戊己", "庚辛");
    }

    [Theory]
    [InlineData("，")]
    [InlineData("。")]
    [InlineData("、")]
    [InlineData("；")]
    [InlineData("：")]
    [InlineData("？")]
    [InlineData("！")]
    [InlineData("）")]
    [InlineData("》")]
    [InlineData("」")]
    [InlineData("』")]
    [InlineData("”")]
    [InlineData("’")]
    [InlineData("】")]
    [InlineData("〕")]
    [InlineData("〉")]
    [InlineData("…")]
    [InlineData("—")]
    [InlineData("］")]
    [InlineData("｝")]
    [InlineData("〗")]
    [InlineData("％")]
    [InlineData("·")]
    [InlineData("々")]
    [InlineData("ー")]
    [InlineData("っ")]
    [InlineData("ッ")]
    [InlineData(",")]
    [InlineData(".")]
    [InlineData(";")]
    [InlineData(":")]
    [InlineData("?")]
    [InlineData("!")]
    [InlineData(")")]
    [InlineData("]")]
    [InlineData("}")]
    [InlineData("%")]
    public void PushesTheCharacterBeforeAClosingMarkToTheNextLine(string mark)
    {
        // "一二三" fills the line exactly, so a naive breaker would start the next line with the mark.
        var lines = Break("一二三" + mark + "四五", maxWidth: 3);

        ChinesePunctuation.CannotStartLine(mark[0]).Should().BeTrue();
        lines[0].Should().Be("一二");
        lines[1].Should().StartWith("三" + mark);
        lines.Skip(1).Should().NotContain(l => l.StartsWith(mark, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("（")]
    [InlineData("《")]
    [InlineData("「")]
    [InlineData("『")]
    [InlineData("“")]
    [InlineData("‘")]
    [InlineData("【")]
    [InlineData("〔")]
    [InlineData("〈")]
    [InlineData("［")]
    [InlineData("｛")]
    [InlineData("〖")]
    [InlineData("￥")]
    [InlineData("(")]
    [InlineData("[")]
    [InlineData("{")]
    public void CarriesAnOpeningMarkToTheNextLineWithTheCharacterItOpens(string mark)
    {
        // A full-width mark fills "一二" to the line's width; a half-width one leaves no room for "三".
        var lines = Break("一二" + mark + "三四", maxWidth: 3);

        ChinesePunctuation.CannotEndLine(mark[0]).Should().BeTrue();
        lines[0].Should().Be("一二");
        lines[1].Should().StartWith(mark + "三");
        lines.Should().NotContain(l => l.EndsWith(mark, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("”。")]
    [InlineData("）。")]
    [InlineData("）、")]
    [InlineData("。”")]
    [InlineData("？”")]
    [InlineData("！）")]
    [InlineData("%，")]
    public void KeepsARunOfClosingMarksWithTheCharacterBeforeIt(string run)
    {
        var lines = Break("一二三" + run + "四", maxWidth: 3);

        lines.Should().Equal("一二", "三" + run, "四");
    }

    [Fact]
    public void KeepsABracketedNumberTogether()
    {
        Break("一二（三）四", maxWidth: 3).Should().Equal("一二", "（三）", "四");
    }

    [Theory]
    [InlineData("——")]
    [InlineData("……")]
    public void NeverSplitsOrStartsALineWithADoubledDashOrEllipsis(string mark)
    {
        var lines = Break("一二三" + mark + "四五", maxWidth: 3);

        lines.Should().Equal("一二", "三" + mark, "四五");
    }

    [Theory]
    [InlineData("3,469.73")]
    [InlineData("1,001.87")]
    [InlineData("12.2%")]
    [InlineData("100%")]
    [InlineData("2024")]
    [InlineData("0.08")]
    [InlineData("-483.25")]
    [InlineData("≥95%")]
    [InlineData("027-83792866")]
    public void KeepsANumberWithItsSeparatorsAndPercentSignWhole(string number)
    {
        var text = "支出决算为" + number + "万元，下降了";

        foreach (var maxWidth in Widths(from: Measure(number), to: Measure(text)))
        {
            Break(text, maxWidth).Should().ContainSingle(l => l.Contains(number, StringComparison.Ordinal),
                "\"{0}\" is narrower than a line of {1}", number, maxWidth);
        }
    }

    [Fact]
    public void KeepsFullWidthDigitsWhole()
    {
        Break("截至２０２４年", maxWidth: 4).Should().Equal("截至", "２０２４", "年");
    }

    [Fact]
    public void KeepsLatinWordsWhole()
    {
        const string text = "导出PDF文件，使用 PDFsharp 渲染 Final Accounts Portal 页面";
        string[] words = ["PDF", "PDFsharp", "Final", "Accounts", "Portal"];

        foreach (var maxWidth in Widths(from: Measure("PDFsharp"), to: Measure(text)))
        {
            var lines = Break(text, maxWidth);
            foreach (var word in words)
            {
                lines.Should().Contain(l => l.Contains(word, StringComparison.Ordinal),
                    "\"{0}\" fits in a line of {1}", word, maxWidth);
            }
        }
    }

    [Fact]
    public void BreaksBetweenLatinWordsAtTheSpaceAndDropsIt()
    {
        Break("Final Accounts", maxWidth: 5).Should().Equal("Final", "Accounts");
    }

    [Theory]
    [InlineData("一二三 四")]
    [InlineData("一二三\u3000四")]
    [InlineData("一二三\t四")]
    [InlineData("一二三   四")]
    public void DropsSpacesAtABreakSoNoLineStartsWithOne(string text)
    {
        Break(text, maxWidth: 3).Should().Equal("一二三", "四");
    }

    [Fact]
    public void KeepsSpacesInsideALine()
    {
        Break("2024 年度 PDF", maxWidth: 20).Should().Equal("2024 年度 PDF");
    }

    [Theory]
    [InlineData("  一二", "一二")]
    [InlineData("一二  ", "一二")]
    [InlineData("   ", "")]
    public void DropsSpacesAtTheEdgesOfAParagraph(string text, string expected)
    {
        Break(text, maxWidth: 10).Should().Equal(expected);
    }

    [Fact]
    public void StartsANewLineAtEveryNewline()
    {
        Break("一二\n三四", maxWidth: 10).Should().Equal("一二", "三四");
        Break("一二三\n四五六", maxWidth: 3).Should().Equal("一二三", "四五六");
        Break("一二\r\n三", maxWidth: 10).Should().Equal("一二", "三");
    }

    [Fact]
    public void GivesAnEmptyLineForEachEmptyParagraph()
    {
        Break("一\n\n二", maxWidth: 10).Should().Equal("一", "", "二");
        Break("一\n", maxWidth: 10).Should().Equal("一", "");
        Break("\n", maxWidth: 10).Should().Equal("", "");
    }

    [Fact]
    public void GivesNoLinesForEmptyText()
    {
        Break("", maxWidth: 10).Should().BeEmpty();
    }

    [Fact]
    public void KeepsTextThatFitsExactlyOnOneLine()
    {
        Break("一二三", maxWidth: 3).Should().Equal("一二三");
        Break("一二三四", maxWidth: 3).Should().Equal("一二三", "四");
        Break("PDF一", maxWidth: 2.5).Should().Equal("PDF一");
    }

    [Fact]
    public void KeepsTextThatFitsExactlyDespiteRoundingInTheSumOfWidths()
    {
        // 0.1 + 0.1 + 0.1 is 0.30000000000000004 in binary floating point.
        LineBreaker.Break("一二三", 0.3, s => 0.1 * s.Length).Should().Equal("一二三");
    }

    [Fact]
    public void SplitsAWordWiderThanALineOnALineOfItsOwn()
    {
        Break("一二 ABCDEFGHIJ 三", maxWidth: 3).Should().Equal("一二", "ABCDEF", "GHIJ", "三");
    }

    [Fact]
    public void PutsACharacterWiderThanALineOnALineOfItsOwn()
    {
        Break("一二", maxWidth: 0.75).Should().Equal("一", "二");
    }

    [Fact]
    public void SplitsARunOfClosingMarksWiderThanALineRatherThanOverflow()
    {
        Break("一。。。。。", maxWidth: 2).Should().Equal("一。", "。。", "。。");
    }

    [Fact]
    public void NeverSplitsASurrogatePair()
    {
        Break("\U00020000\U00020001", maxWidth: 1).Should().Equal("\U00020000", "\U00020001");
        Break("A\U0001D400B", maxWidth: 0.5).Should().Equal("A", "\U0001D400", "B");
    }

    [Fact]
    public void MeasuresEachUnitOnceInsteadOfGrowingPrefixes()
    {
        var measured = new List<string>();
        var text = string.Concat(Enumerable.Repeat(string.Concat(SeedSentences), 5));

        LineBreaker.Break(text, 20, s =>
        {
            measured.Add(s);
            return Measure(s);
        });

        measured.Should().OnlyHaveUniqueItems();
        measured.Should().OnlyContain(s => IsOneUnit(s));
        measured.Count.Should().BeLessThan(text.Length / 5);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0)]
    [InlineData(-1)]
    public void RejectsALineWithoutWidth(double maxWidth)
    {
        var act = () => Break("一", maxWidth);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void LosesNoCharacterButSpacesAtBreaks()
    {
        var random = new Random(2024);
        for (var i = 0; i < 2000; i++)
        {
            var text = GenerateText(random, paragraphs: true);
            var maxWidth = random.Next(1, 81) / 2.0;
            var because = $"text \"{text}\" broken at width {maxWidth}";
            var lines = Break(text, maxWidth);

            if (text.Length == 0)
            {
                lines.Should().BeEmpty(because);
                continue;
            }
            lines.Should().Equal(text.Split('\n').SelectMany(p => BreakParagraph(p, maxWidth)), because);
            foreach (var paragraph in text.Split('\n'))
            {
                LocateLines(paragraph, BreakParagraph(paragraph, maxWidth), because);
            }
        }
    }

    [Fact]
    public void KeepsEveryLineWithinTheWidthEvenOnNarrowLines()
    {
        var random = new Random(15834);
        for (var i = 0; i < 1000; i++)
        {
            var text = GenerateText(random, paragraphs: true);
            var maxWidth = random.Next(2, 41) / 2.0;

            Break(text, maxWidth).Where(l => Measure(l) > maxWidth).Should().BeEmpty(
                "text \"{0}\" broken at width {1}", text, maxWidth);
        }
    }

    [Fact]
    public void FollowsTheRulesForEveryBreakInRealSentences()
    {
        var random = new Random(31);
        for (var i = 0; i < 2000; i++)
        {
            var text = GenerateText(random, paragraphs: false);
            if (text.Length == 0)
            {
                continue;
            }
            var maxWidth = random.Next(20, 81) / 2.0;
            var because = $"text \"{text}\" broken at width {maxWidth}";
            var lines = Break(text, maxWidth);
            var spans = LocateLines(text, lines, because);

            for (var n = 1; n < lines.Count; n++)
            {
                ChinesePunctuation.CannotEndLine(lines[n - 1][^1]).Should().BeFalse(because);
                ChinesePunctuation.CannotStartLine(lines[n][0]).Should().BeFalse(because);
                SplitsAWord(text, spans[n - 1].End, spans[n].Start).Should().BeFalse(because);
            }
        }
    }

    private static IEnumerable<double> Widths(double from, double to)
    {
        for (var width = from; width <= to; width += 0.5)
        {
            yield return width;
        }
    }

    // Real sentences joined and cut at random, so texts also start with punctuation, break mid-number
    // and carry stray spaces, tabs and blank paragraphs.
    private static string GenerateText(Random random, bool paragraphs)
    {
        string[] separators = paragraphs ? ["", " ", "  ", "\t", "\u3000", "\n", "\n\n", " \n "] : ["", " ", "\u3000"];
        var builder = new StringBuilder();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            builder.Append(SeedSentences[random.Next(SeedSentences.Length)]);
            builder.Append(separators[random.Next(separators.Length)]);
        }
        var text = builder.ToString();
        if (random.Next(2) == 0)
        {
            var start = random.Next(text.Length);
            text = text.Substring(start, random.Next(text.Length - start + 1));
        }
        return text;
    }

    // Finds each line in the paragraph, in order, allowing only break spaces between them, and returns
    // where each line sits; fails if a character other than a break space went missing or moved.
    private static List<(int Start, int End)> LocateLines(string paragraph, IReadOnlyList<string> lines, string because)
    {
        if (paragraph.All(IsBreakSpace))
        {
            lines.Should().Equal([""], because);
            return [(0, 0)];
        }
        var spans = new List<(int Start, int End)>();
        var position = 0;
        foreach (var line in lines)
        {
            line.Should().NotBeEmpty(because);
            IsBreakSpace(line[0]).Should().BeFalse(because);
            IsBreakSpace(line[^1]).Should().BeFalse(because);
            position = SkipBreakSpaces(paragraph, position);
            paragraph.AsSpan(position).StartsWith(line, StringComparison.Ordinal).Should().BeTrue(because);
            spans.Add((position, position + line.Length));
            position += line.Length;
        }
        SkipBreakSpaces(paragraph, position).Should().Be(paragraph.Length, because);
        return spans;
    }

    private static int SkipBreakSpaces(string text, int position)
    {
        while (position < text.Length && IsBreakSpace(text[position]))
        {
            position++;
        }
        return position;
    }

    // A break with no space in it that has Latin letters, digits or figure punctuation on both sides.
    private static bool SplitsAWord(string text, int lineEnd, int nextLineStart) =>
        lineEnd == nextLineStart && IsPartOfAWord(text[lineEnd - 1]) && IsPartOfAWord(text[nextLineStart]);

    private static bool IsPartOfAWord(char c) => char.IsAsciiLetterOrDigit(c) || c is ',' or '.' or '%' or '-' or '+';

    private static bool IsOneUnit(string s) =>
        s.Length == 1 || s.All(IsBreakSpace) || s.All(c => c < '\u2E80' && !IsBreakSpace(c));
}
