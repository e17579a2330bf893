using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using FluentAssertions.Execution;

namespace FinalAccounts.UnitTests.Validation;

internal static class FindingAssertions
{
    public static FindingLocation In(PublishedTable table, string? row = null, string? column = null) =>
        FindingLocation.InTable(table, row, column);

    public static Finding ShouldHaveSingle(this IEnumerable<Finding> findings) =>
        findings.Should().ContainSingle().Subject;

    /// <summary>The one finding at <paramref name="location"/>, for changes that also upset a neighbouring identity.</summary>
    public static Finding ShouldHaveOneAt(this IEnumerable<Finding> findings, FindingLocation location) =>
        findings.Should().ContainSingle(f => f.Location == location).Subject;

    /// <summary>
    /// Checks every field of a finding. The message must name the expected and found figures (a finance
    /// officer reads only the message) and each of <paramref name="mentions"/>.
    /// </summary>
    public static void ShouldBe(this Finding finding, FindingSeverity severity, string ruleId, FindingLocation location,
        string? expected, string? found, params string[] mentions)
    {
        using var scope = new AssertionScope();
        finding.RuleId.Should().Be(ruleId);
        finding.Severity.Should().Be(severity);
        finding.Location.Should().Be(location);
        finding.Expected.Should().Be(expected);
        finding.Found.Should().Be(found);
        foreach (var mention in new[] { expected, found }.OfType<string>().Concat(mentions))
        {
            finding.Message.Should().Contain(mention);
        }
    }
}
