using System.Text.Json;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;

namespace FinalAccounts.Infrastructure.Content;

/// <summary>
/// Reads one seed file and turns its strings into domain values, reporting the file and the JSON
/// path of anything it cannot accept.
/// </summary>
internal sealed class ContentReader(string file, Func<string, bool>? functionCodeExists = null, Func<string, bool>? economicCodeExists = null)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public string File { get; } = file;

    public static T Deserialize<T>(string path, string displayName)
    {
        using var stream = System.IO.File.OpenRead(path);
        return Deserialize<T>(stream, displayName);
    }

    /// <summary>Reads content in the seed files' format from a stream, such as a disclosure posted to be checked.</summary>
    public static T Deserialize<T>(Stream stream, string displayName)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(stream, Options)
                   ?? throw new InvalidContentException(displayName, "$", "文件为空。");
        }
        catch (JsonException e)
        {
            throw new InvalidContentException(displayName, e.Path ?? "$", $"JSON 格式错误（第 {e.LineNumber + 1} 行）：{e.Message}");
        }
    }

    public InvalidContentException Error(string location, string problem) => new(File, location, problem);

    /// <summary>
    /// A text within the length the database keeps for it (the constant on its domain type); a longer
    /// one is refused with its length and the limit, where the person typed it, before anything is written.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public string? Text(string? text, int maxLength, string location)
    {
        var length = text?.Trim().Length ?? 0;
        if (length > maxLength)
        {
            throw Error(location, $"共 {length} 个字，超过上限 {maxLength} 个字，请删减后再保存。");
        }
        return Domain.TextInput.Problem(text) is { } problem ? throw Error(location, problem) : text;
    }

    /// <summary>A cell in 万元; null or blank is a blank cell. Amounts in tables are never negative.</summary>
    public Money? Amount(string? text, string location)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!Money.TryParseWanYuan(text, out var money))
        {
            throw Error(location, $"金额“{text}”不是有效数字（万元，最多六位小数）。");
        }
        if (money.IsNegative)
        {
            throw Error(location, $"金额“{text}”不能为负数。");
        }
        if (money.IsTooLarge)
        {
            throw Error(location, $"“{text}”：{Money.TooLargeMessage}");
        }
        return money;
    }

    /// <summary>A 分值 or 得分 as entered, decimals kept; refused when negative, too large or too precise.</summary>
    public decimal? Score(decimal? score, string location) =>
        score is { } value && Domain.Performance.EvaluationScoring.ScoreProblem(value) is { } problem
            ? throw Error(location, $"分值或得分“{value}”{problem}")
            : score;

    /// <summary>A count of people, vehicles, groups …: zero or more.</summary>
    public int? Count(int? value, string location) =>
        value < 0 ? throw Error(location, $"数量 {value} 不能为负数。") : value;

    /// <summary>An area in ㎡, refused when <see cref="Domain.Performance.PerformanceBasicData.AreaProblem"/> says so.</summary>
    public decimal? Area(decimal? area, string location) =>
        area is { } value && Domain.Performance.PerformanceBasicData.AreaProblem(value) is { } problem
            ? throw Error(location, $"面积 {value} 平方米{problem}")
            : area;

    /// <summary>A rate as the forms print it ("95.00%"), within the length kept; refused when it is no percentage.</summary>
    public string? Rate(string? text, int maxLength, string location)
    {
        var rate = Text(text, maxLength, location)?.Trim();
        return rate is not null && Domain.Performance.EvaluationScoring.ParseRate(rate) is null
            ? throw Error(location, $"“{rate}”不是百分数，请填写如“95.00%”。")
            : rate;
    }

    public Money RequiredAmount(string? text, string location) =>
        Amount(text, location) ?? throw Error(location, "缺少金额。");

    public FunctionCode FunctionCode(string? text, string location)
    {
        if (!Domain.Classification.FunctionCode.TryParse(text, out var code))
        {
            throw Error(location, $"“{text}”不是有效的支出功能分类科目编码。");
        }
        if (functionCodeExists is not null && !functionCodeExists(code.Value))
        {
            throw Error(location, $"支出功能分类科目“{code}”不在本年度科目目录中。");
        }
        return code;
    }

    public FunctionCode? OptionalFunctionCode(string? text, string location) =>
        text is null ? null : FunctionCode(text, location);

    public EconomicCode EconomicCode(string? text, string location)
    {
        if (!Domain.Classification.EconomicCode.TryParse(text, out var code))
        {
            throw Error(location, $"“{text}”不是有效的经济分类科目编码。");
        }
        if (economicCodeExists is not null && !economicCodeExists(code.Value))
        {
            throw Error(location, $"经济分类科目“{code}”不在本年度科目目录中。");
        }
        return code;
    }

    public T Guard<T>(string location, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException
                                      or Domain.Disclosures.DomainRuleViolation)
        {
            throw Error(location, e.Message);
        }
    }

    public void Guard(string location, Action action) => Guard(location, () =>
    {
        action();
        return true;
    });
}
