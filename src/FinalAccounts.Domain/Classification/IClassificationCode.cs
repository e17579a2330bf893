namespace FinalAccounts.Domain.Classification;

/// <summary>A code of a hierarchical classification: its digits, and those of the level above (null at the top).</summary>
public interface IClassificationCode
{
    string Value { get; }

    string? ParentValue { get; }
}
