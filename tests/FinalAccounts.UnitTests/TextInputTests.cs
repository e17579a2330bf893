using FinalAccounts.Domain;
using FluentAssertions;
using Xunit;

namespace FinalAccounts.UnitTests;

public sealed class TextInputTests
{
    [Theory]
    [InlineData("市司法局\n本级", true)]
    [InlineData("一\r\n二\t三", true)]
    [InlineData("含表情😀和𠀀", true)]
    [InlineData("", true)]
    [InlineData("一行文字", false)]
    public void OrdinaryTextIsTaken(string text, bool multiline) =>
        TextInput.Problem(text, multiline).Should().BeNull();

    [Theory]
    [InlineData("甲\u0001乙", "第 2 个字是不可见的控制字符 U+0001（可能是从其他软件复制带来的），请删除后再保存。")]
    [InlineData("甲乙\u000B丙", "第 3 个字是不可见的控制字符 U+000B（Word 中的手动换行符，请改用回车换行），请删除后再保存。")]
    [InlineData("😀\u001F", "第 2 个字是不可见的控制字符 U+001F（可能是从其他软件复制带来的），请删除后再保存。")]
    [InlineData("\uFFFF", "第 1 个字是不可见的控制字符 U+FFFF（可能是从其他软件复制带来的），请删除后再保存。")]
    [InlineData("\u0085", "第 1 个字是不可见的控制字符 U+0085（可能是从其他软件复制带来的），请删除后再保存。")]
    public void AnInvisibleCharacterIsRefusedSayingWhichAndWhere(string text, string message) =>
        TextInput.Problem(text).Should().Be(message);

    [Fact]
    public void ALoneHalfOfASurrogatePairIsRefused() =>
        // Built here: test data passes through serialisation, which would replace the lone half.
        TextInput.Problem("半个" + (char)0xD800 + "字").Should().StartWith("第 3 个字是不可见的控制字符 U+D800");

    [Fact]
    public void AOneLineTextTakesNoLineBreak() =>
        TextInput.Problem("黄石市\n下陆区", multiline: false).Should().Be("第 4 个字处有换行，这里只能填一行文字，请删除换行后再保存。");
}
