using FinalAccounts.Web.Rendering;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// A kept article leaves out the templates' indentation before tags and nothing else: a line break stays
/// where there was one, so inline elements stay apart, and text keeps every space it had.
/// </summary>
public sealed class HtmlIndentationTests
{
    [Fact]
    public void IndentationAndBlankLinesBeforeATagBecomeOneLineBreak() =>
        HtmlIndentation.Remove("<section>\n    <h3>公开01表</h3>\n\n        <p>单位：万元</p>\n\t\t</section>\n")
            .Should().Be("<section>\n<h3>公开01表</h3>\n<p>单位：万元</p>\n</section>\n");

    [Theory]
    [InlineData("<td>1,234.56</td> <td>78.90</td>")]
    [InlineData("<p>\n    收入总计 3,469.73 万元\n</p>")]
    [InlineData("<p>\u3000\u3000本部门2024年度决算</p>\n\u3000<span>注</span>")]
    [InlineData("<p>一般公共预算  财政拨款</p>")]
    public void TextAndSpacesWithinALineAreKept(string html) => HtmlIndentation.Remove(html).Should().Be(html);

    [Fact]
    public void InlineElementsOnTheirOwnLinesStaySeparatedByTheLineBreak() =>
        HtmlIndentation.Remove("<a href=\"/v1\">第 1 版</a>\n            <a href=\"/v2\">第 2 版</a>")
            .Should().Be("<a href=\"/v1\">第 1 版</a>\n<a href=\"/v2\">第 2 版</a>");
}
