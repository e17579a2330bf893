using System.Text;
using System.Text.Encodings.Web;
using FinalAccounts.Web.Rendering;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>A kept article is written to the page in chunks: every character arrives as kept, at every chunk boundary.</summary>
public sealed class Utf8HtmlTests
{
    [Theory]
    [InlineData("")]
    [InlineData("<p>一般公共预算财政拨款支出 1,234.56 万元</p>")]
    public void ShortHtmlIsWrittenAsKept(string html) => Written(html).Should().Be(html);

    [Fact]
    public void HtmlLongerThanManyChunksKeepsCharactersThatSpanTheirBoundaries()
    {
        // One, two, three and four UTF-8 bytes (a surrogate pair) in a pattern whose length divides no chunk size.
        var html = string.Concat(Enumerable.Range(0, 9_000).Select(i => $"<td>{i}决算ü𝄞</td>"));
        html.Length.Should().BeGreaterThan(100_000);

        Written(html).Should().Be(html);
    }

    private static string Written(string html)
    {
        using var writer = new StringWriter();
        new Utf8Html(Encoding.UTF8.GetBytes(html)).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
