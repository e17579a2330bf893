using FinalAccounts.Domain.Validation;

namespace FinalAccounts.Web.Api;

/// <summary>GET /api/v1/rules: the public rulebook, every rule the validator applies, as /rules prints it.</summary>
internal static class RulesApi
{
    public static RouteGroupBuilder MapRulesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/rules", () => Results.Ok(Rulebook.Entries.Select(RuleDto.From).ToList())).WithName("GetRules")
            .WithSummary("校验规则 · The validator's rules")
            .WithDescription("""
                Every rule the validator applies: its stable id (the rule of each finding), the severity of a break beyond
                rounding (error blocks submission; warning asks for a written reason), the identity or condition in plain
                Chinese, the tolerance (one policy for all: exact in yuan passes, a gap within 0.005 万元 per printed figure
                compared is a note) and the tables and parts it reads.
                """)
            .Produces<IReadOnlyList<RuleDto>>();
        return api;
    }
}

/// <param name="Severity">error or warning: what a break beyond rounding is.</param>
/// <param name="Url">The rule on the /rules page.</param>
public sealed record RuleDto(string Id, string Severity, string Title, string Tolerance, IReadOnlyList<string> Reads, string Url)
{
    public static RuleDto From(RulebookEntry entry) => new(entry.Id, entry.Severity.ToString().ToLowerInvariant(), entry.Title,
        entry.Tolerance, entry.Reads, entry.Url);
}
