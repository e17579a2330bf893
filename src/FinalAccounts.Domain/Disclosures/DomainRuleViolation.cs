namespace FinalAccounts.Domain.Disclosures;

/// <summary>A business rule refused an operation. The message is Chinese and meant for the person acting.</summary>
public abstract class DomainRuleViolation(string message) : Exception(message);

public sealed class PublishedVersionIsReadOnly(int version)
    : DomainRuleViolation($"第 {version} 版已公开，不能修改；如需更正，请新建更正版本。");

public sealed class SubmittedVersionIsLocked(int version)
    : DomainRuleViolation($"第 {version} 版已提交审核，不能修改；请先由审核人退回。");

public sealed class InvalidStatusTransition(DisclosureStatus from, string action)
    : DomainRuleViolation($"当前状态为“{from.ToChinese()}”，不能{action}。");

public sealed class DuplicateTableRow(string table, string row)
    : DomainRuleViolation($"{table}中“{row}”重复出现。");

public sealed class OpenVersionExists(int version)
    : DomainRuleViolation($"第 {version} 版尚未公开，不能再新建版本。");

/// <param name="step">"审核公开" or "退回修改".</param>
/// <param name="verb">"公开" or "退回".</param>
public sealed class FourEyesRuleViolated(string step = "审核公开", string verb = "公开")
    : DomainRuleViolation($"{step}须由另一人完成：最后修改或提交本版本的人不能{verb}它。");

public sealed class ApprovalDateIsPublished()
    : DomainRuleViolation("批复日期已随决算公开，是公开记录的一部分，不能再修改。");
