using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Queries;
using FluentAssertions;
using Xunit;

namespace FinalAccounts.UnitTests.Queries;

public sealed class CatalogCodeHistoryTests
{
    private static readonly CatalogCodeHistory History = new(
    [
        new CatalogCodeMove(new FiscalYear(2024), CatalogKind.Function, "2040699", "2040610"),
        new CatalogCodeMove(new FiscalYear(2026), CatalogKind.Function, "2040610", "2040611"),
    ]);

    [Theory]
    [InlineData(2022, "2040699")]
    [InlineData(2023, "2040699")]
    [InlineData(2024, "2040610")]
    [InlineData(2025, "2040610")]
    [InlineData(2026, "2040611")]
    [InlineData(2027, "2040611")]
    public void AnOldCodeIsFollowedForwardThroughEachMove(int year, string expected) =>
        History.CodeIn(year, "2040699").Should().Be(expected);

    [Theory]
    [InlineData(2023, "2040699")]
    [InlineData(2025, "2040610")]
    [InlineData(2026, "2040611")]
    public void ANewCodeIsTracedBackToWhatItWasBefore(int year, string expected) =>
        History.CodeIn(year, "2040611").Should().Be(expected);

    [Fact]
    public void ACodeThatNeverMovedIsTheSameEveryYear() =>
        Enumerable.Range(2020, 8).Select(y => History.CodeIn(y, "2040601")).Should().AllBe("2040601");
}
