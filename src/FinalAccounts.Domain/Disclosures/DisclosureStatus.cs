namespace FinalAccounts.Domain.Disclosures;

public enum DisclosureStatus
{
    /// <summary>草稿: staff are entering it.</summary>
    Draft = 1,
    /// <summary>已提交: waiting for the reviewer; locked against edits.</summary>
    Submitted = 2,
    /// <summary>已公开: public and frozen.</summary>
    Published = 3,
    /// <summary>已撤回: hidden from the public, kept for the record.</summary>
    Withdrawn = 4,
}

public static class DisclosureStatusNames
{
    public static string ToChinese(this DisclosureStatus status) => status switch
    {
        DisclosureStatus.Draft => "草稿",
        DisclosureStatus.Submitted => "已提交",
        DisclosureStatus.Published => "已公开",
        DisclosureStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };
}
