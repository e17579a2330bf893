using FinalAccounts.Infrastructure.Search;

namespace FinalAccounts.UnitTests.Search;

public class SnippetTests
{
    private const string Reception =
        "2024年度“三公”经费财政拨款支出决算中，公务接待费支出决算0.08万元，完成预算的100%，与2023年度决算数持平。" +
        "国内公务接待支出0.08万元，接待对象主要是成都市彭州市司法局，主要是开展调研工作。2024年共接待国内来访团组1个，5人次（不包括陪同人员）。";

    [Fact]
    public void MarksTheMatchInAnExcerptOfAboutEightyCharacters()
    {
        var snippet = Snippet.Build(Reception, ["彭州"]);

        snippet.Segments.Where(s => s.IsMatch).Select(s => s.Text).Should().Equal("彭州");
        snippet.Text.Length.Should().BeInRange(60, Snippet.DefaultLength + 2);
        snippet.Text.Should().StartWith("…").And.Contain("成都市彭州市司法局");
        Reception.Should().Contain(snippet.Text.Trim('…'));
    }

    [Fact]
    public void MarksEveryOccurrenceOfEveryTermInTheExcerptAndKeepsTheOriginalCase()
    {
        var snippet = Snippet.Build("推进PPP项目，ppp 与 Ppp 三种写法；司法所", ["ppp", "司法"]);

        snippet.Segments.Should().Equal(
            new SnippetSegment("推进", false), new SnippetSegment("PPP", true), new SnippetSegment("项目，", false),
            new SnippetSegment("ppp", true), new SnippetSegment(" 与 ", false), new SnippetSegment("Ppp", true),
            new SnippetSegment(" 三种写法；", false), new SnippetSegment("司法", true), new SnippetSegment("所", false));
    }

    [Fact]
    public void FullWidthTextMatchesAHalfWidthTerm()
    {
        var snippet = Snippet.Build("法律援助投诉率＜２％", ["<2%"]);

        snippet.Segments.Should().ContainSingle(s => s.IsMatch).Which.Text.Should().Be("＜２％");
    }

    [Fact]
    public void KeepsMarkupCharactersAsText()
    {
        var snippet = Snippet.Build("目标值为法律援助有效投诉率<0.3%、<b>查处率</b>100%", ["<0.3%", "<b>"]);

        snippet.Segments.Where(s => s.IsMatch).Select(s => s.Text).Should().Equal("<0.3%", "<b>");
        snippet.Text.Should().Be("目标值为法律援助有效投诉率<0.3%、<b>查处率</b>100%");
    }

    [Fact]
    public void PrefersTheLongerTermWhereTwoStartTogether()
    {
        var snippet = Snippet.Build("法律援助中心", ["法律", "法律援助"]);

        snippet.Segments.Should().Equal(new SnippetSegment("法律援助", true), new SnippetSegment("中心", false));
    }

    [Fact]
    public void AMatchNearTheEndShowsTheFullLengthBeforeIt()
    {
        var text = new string('甲', 200) + "彭州";

        var snippet = Snippet.Build(text, ["彭州"]);

        snippet.Text.Should().Be("…" + new string('甲', 78) + "彭州");
    }

    [Fact]
    public void AShortTextIsShownWholeWithoutEllipsis()
    {
        Snippet.Build("武汉市硚口区司法局", ["硚口"]).Segments.Should().Equal(
            new SnippetSegment("武汉市", false), new SnippetSegment("硚口", true), new SnippetSegment("区司法局", false));
    }

    [Fact]
    public void LineBreaksReadAsOneSpace()
    {
        Snippet.Build("一、部门主要职责\n\n  （一）司法", ["司法"]).Text.Should().Be("一、部门主要职责 （一）司法");
    }

    [Fact]
    public void WithoutAMatchTheStartOfTheTextIsShown()
    {
        var snippet = Snippet.Build(new string('乙', 100), ["彭州"]);

        snippet.Segments.Should().ContainSingle().Which.Should().Be(new SnippetSegment(new string('乙', 80) + "…", false));
    }
}
