using FinalAccounts.Domain.Validation.Rules;

namespace FinalAccounts.Domain.Validation;

/// <summary>A check of one identity or convention. Rules are independent: each reads the context and reports.</summary>
public interface IValidationRule
{
    /// <summary>A stable id, e.g. "T01-balanced", used in the API and in tests.</summary>
    string Id { get; }

    /// <summary>What the rule checks, in Chinese, for the list of rules.</summary>
    string Title { get; }

    IEnumerable<Finding> Check(ValidationContext context);
}

/// <summary>All findings of one validation, most severe first, each group in table order.</summary>
public sealed class ValidationReport
{
    public ValidationReport(IEnumerable<Finding> findings)
    {
        Findings = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Location.Table.HasValue ? (int)f.Location.Table.Value
                : f.Location.Attachment is { } attachment ? 200 + attachment
                : 100 + (f.Location.ExplanationItem ?? 0))
            .ToList();
    }

    public IReadOnlyList<Finding> Findings { get; }
    public int Errors => Findings.Count(f => f.Severity == FindingSeverity.Error);
    public int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);
    public int Notes => Findings.Count(f => f.Severity == FindingSeverity.Note);
    public bool BlocksSubmission => Errors > 0;
}

public sealed class DisclosureValidator(IEnumerable<IValidationRule> rules)
{
    /// <summary>Every rule of the standard disclosure; a new rule is added to <see cref="StandardRules"/>.</summary>
    public static DisclosureValidator Standard { get; } = new(StandardRules.All);

    public IReadOnlyList<IValidationRule> Rules { get; } = rules.ToList();

    public ValidationReport Validate(ValidationContext context) =>
        new(Rules.SelectMany(rule => rule.Check(context)));
}
