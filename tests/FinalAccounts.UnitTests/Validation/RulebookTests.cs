using FinalAccounts.Domain.Validation;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>The public rulebook lists every standard rule, so a finding never links to a rule the public cannot read.</summary>
public class RulebookTests
{
    [Fact]
    public void ListsEveryStandardRuleInTheValidatorsOrder()
    {
        Rulebook.Entries.Select(e => e.Id).Should().Equal(StandardRules.All.Select(r => r.Id));
    }

    [Fact]
    public void StatesEachRuleInChineseWithItsTablesAndTolerance()
    {
        Rulebook.Entries.Should().AllSatisfy(entry =>
        {
            entry.Title.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
            entry.Reads.Should().NotBeEmpty();
            entry.Url.Should().Be("/rules#" + entry.Id);
        });
        Rulebook.Entries.Single(e => e.Id == "T02-T03-mirror").Tolerance.Should().Contain("0.005 万元").And.EndWith("超过为警告");
        Rulebook.Entries.Single(e => e.Id == "staff-text").Tolerance.Should().Be("不比较金额");
    }
}
