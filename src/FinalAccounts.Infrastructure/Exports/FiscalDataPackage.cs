using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// The nine tables as a Fiscal Data Package: a zip with datapackage.json and two CSV files —
/// data/amounts.csv, every printed amount in long form with its 功能分类 and 经济分类 classification,
/// in 元 (exact) and 万元; and data/tables.csv, the tables it refers to. The descriptor describes
/// both files' fields and maps them to the fiscal model: measures in CNY, classification dimensions,
/// the fiscal year as the period.
/// </summary>
/// <remarks>
/// Amounts come from the printed tables (see <see cref="TableAmounts"/>), totals included as
/// published; a consumer summing parts filters out the 合计 lines and 小计 columns.
/// </remarks>
public static class FiscalDataPackage
{
    public const string DescriptorName = "datapackage.json";
    public const string AmountsPath = "data/amounts.csv";
    public const string TablesPath = "data/tables.csv";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly (string Name, string Type, string Title)[] AmountFields =
    [
        ("table", "string", "表号"),
        ("row", "integer", "表内行序（自 1 起，同表格 CSV 的数据行）"),
        ("column", "integer", "表内列序（自 1 起，同表格 CSV 的列）"),
        ("line_number", "integer", "行次"),
        ("item", "string", "项目（按公开表所印）"),
        ("function_code", "string", "支出功能分类科目编码"),
        ("function_level", "string", "功能分类科目级次（类、款、项）"),
        ("function_name", "string", "支出功能分类科目名称"),
        ("economic_code", "string", "部门预算支出经济分类科目编码"),
        ("economic_name", "string", "部门预算支出经济分类科目名称"),
        ("measure", "string", "栏目（多级表头以“/”连接）"),
        ("amount_yuan", "number", "金额（元）"),
        ("amount_wanyuan", "number", "金额（万元，未四舍五入）"),
    ];

    private static readonly (string Name, string Type, string Title)[] TableFields =
    [
        ("table", "string", "表号"),
        ("title", "string", "表名"),
        ("reporting_unit", "string", "编制单位"),
        ("unit", "string", "公开表金额单位"),
        ("empty_statement", "string", "空表说明"),
    ];

    public static ExportedFile Export(DisclosureAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new ExportedFile(Write(analysis.Header, analysis.Tables, ExportNaming.Timestamp(analysis)), ZipFiles.ContentType,
            FileName(analysis.Header));
    }

    public static string FileName(DisclosureHeader header) => $"{ExportNaming.BaseName(header)}数据包.zip";

    /// <param name="timestamp">The time the zip entries carry (<see cref="ExportNaming.Timestamp"/>).</param>
    public static byte[] Write(DisclosureHeader header, IReadOnlyList<PrintedTable> tables, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(tables);
        var amounts = tables.SelectMany(TableAmounts.Of).ToList();
        return ZipFiles.Write(
        [
            (DescriptorName, Encoding.UTF8.GetBytes(Descriptor(header, timestamp).ToJsonString(Json))),
            (AmountsPath, CsvText.Encode([AmountFields.Select(f => f.Name), .. amounts.Select(AmountRecord)], byteOrderMark: false)),
            (TablesPath, CsvText.Encode([TableFields.Select(f => f.Name), .. tables.Select(TableRecord)], byteOrderMark: false)),
        ], timestamp);
    }

    private static IEnumerable<string?> AmountRecord(TableAmount a) =>
    [
        a.Table.Number(), Integer(a.Row), Integer(a.Column), a.LineNumber is { } line ? Integer(line) : null, a.Item,
        a.FunctionCode?.Value, a.FunctionCode is { } code ? LevelName(code.Level) : null, a.FunctionName,
        a.EconomicCode?.Value, a.EconomicName, a.Measure,
        a.Amount.Yuan.ToString("0.00", CultureInfo.InvariantCulture),
        a.Amount.WanYuan.ToString("0.######", CultureInfo.InvariantCulture),
    ];

    private static IEnumerable<string?> TableRecord(PrintedTable t) =>
        [t.Number, t.Title, t.ReportingUnit, PrintedTable.Unit, t.EmptyStatement];

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string LevelName(FunctionLevel level) => level switch
    {
        FunctionLevel.Class => "类",
        FunctionLevel.Section => "款",
        _ => "项",
    };

    private static JsonObject Descriptor(DisclosureHeader header, DateTimeOffset timestamp)
    {
        var descriptor = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["profiles"] = new JsonObject { ["fiscal"] = "*", ["tabular"] = "*" },
            ["name"] = $"{header.DepartmentCode}-{header.Year}-v{header.Version}".ToLowerInvariant(),
            ["title"] = ExportNaming.BaseName(header),
            ["description"] = $"{header.DepartmentName}{header.Year}年度部门决算公开表（公开01表至公开09表）的全部金额，"
                              + "每个金额一行，附支出功能分类、部门预算支出经济分类。合计、小计按公开表原样列出，汇总时请勿与明细重复相加。",
            ["version"] = header.Version.ToString(CultureInfo.InvariantCulture),
            ["countryCode"] = "CN",
            ["granularity"] = "aggregated",
            ["fiscalPeriod"] = new JsonObject
            {
                ["start"] = $"{header.Year}-01-01",
                ["end"] = $"{header.Year}-12-31",
            },
            ["author"] = header.DepartmentName,
            ["resources"] = new JsonArray(
                Resource("amounts", AmountsPath, "公开表金额（长表）", AmountFields,
                    new JsonArray("table", "row", "column"),
                    new JsonArray(new JsonObject
                    {
                        ["fields"] = "table",
                        ["reference"] = new JsonObject { ["resource"] = "tables", ["fields"] = "table" },
                    })),
                Resource("tables", TablesPath, "公开表", TableFields, new JsonArray("table"), null)),
            ["model"] = Model(header),
        };
        if (header.Status == DisclosureStatus.Published)
        {
            descriptor["created"] = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
        return descriptor;
    }

    private static JsonObject Resource(string name, string path, string title,
        IEnumerable<(string Name, string Type, string Title)> fields, JsonArray primaryKey, JsonArray? foreignKeys)
    {
        var schema = new JsonObject
        {
            ["fields"] = new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject
            {
                ["name"] = f.Name,
                ["type"] = f.Type,
                ["title"] = f.Title,
            })]),
            ["primaryKey"] = primaryKey,
        };
        if (foreignKeys is not null)
        {
            schema["foreignKeys"] = foreignKeys;
        }
        return new JsonObject
        {
            ["name"] = name,
            ["path"] = path,
            ["title"] = title,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = schema,
        };
    }

    private static JsonObject Model(DisclosureHeader header) => new()
    {
        ["measures"] = new JsonObject
        {
            ["amount"] = Measure("amount_yuan", "金额（元）", 1),
            ["amount-wanyuan"] = Measure("amount_wanyuan", "金额（万元）", 10_000),
        },
        ["dimensions"] = new JsonObject
        {
            ["fiscal-period"] = new JsonObject
            {
                ["dimensionType"] = "datetime",
                ["attributes"] = new JsonObject
                {
                    ["year"] = new JsonObject { ["constant"] = header.Year.ToString(CultureInfo.InvariantCulture), ["title"] = "决算年度" },
                },
                ["primaryKey"] = "year",
            },
            ["administrative-classification"] = new JsonObject
            {
                ["dimensionType"] = "classification",
                ["classificationType"] = "administrative",
                ["attributes"] = new JsonObject
                {
                    ["code"] = new JsonObject { ["constant"] = header.DepartmentCode, ["title"] = "部门代码" },
                    ["name"] = new JsonObject { ["constant"] = header.DepartmentName, ["title"] = "部门", ["labelfor"] = "code" },
                },
                ["primaryKey"] = "code",
            },
            ["functional-classification"] = Classification("functional", "function_code", "function_name", "function_level"),
            ["economic-classification"] = Classification("economic", "economic_code", "economic_name", null),
            ["table"] = new JsonObject
            {
                ["dimensionType"] = "other",
                ["attributes"] = new JsonObject { ["table"] = Source("table", "表号") },
                ["primaryKey"] = "table",
            },
            ["line"] = new JsonObject
            {
                ["dimensionType"] = "other",
                ["attributes"] = new JsonObject
                {
                    ["row"] = Source("row", "表内行序"),
                    ["line_number"] = Source("line_number", "行次"),
                    ["item"] = Source("item", "项目", labelFor: "row"),
                },
                ["primaryKey"] = "row",
            },
            ["column"] = new JsonObject
            {
                ["dimensionType"] = "other",
                ["attributes"] = new JsonObject
                {
                    ["column"] = Source("column", "表内列序"),
                    ["measure"] = Source("measure", "栏目", labelFor: "column"),
                },
                ["primaryKey"] = "column",
            },
        },
    };

    private static JsonObject Measure(string source, string title, int factor) => new()
    {
        ["source"] = source,
        ["resource"] = "amounts",
        ["currency"] = "CNY",
        ["factor"] = factor,
        ["phase"] = "executed",
        ["title"] = title,
    };

    private static JsonObject Classification(string type, string code, string name, string? level)
    {
        var attributes = new JsonObject
        {
            ["code"] = Source(code, "编码"),
            ["name"] = Source(name, "名称", labelFor: "code"),
        };
        if (level is not null)
        {
            attributes["level"] = Source(level, "级次");
        }
        return new JsonObject
        {
            ["dimensionType"] = "classification",
            ["classificationType"] = type,
            ["attributes"] = attributes,
            ["primaryKey"] = "code",
        };
    }

    private static JsonObject Source(string field, string title, string? labelFor = null)
    {
        var attribute = new JsonObject { ["source"] = field, ["resource"] = "amounts", ["title"] = title };
        if (labelFor is not null)
        {
            attribute["labelfor"] = labelFor;
        }
        return attribute;
    }
}
