using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Publication;

/// <summary>One of a version's table downloads as a rendition: its bytes, media type and file name.</summary>
public sealed class ExportRendition(string name, string contentType, Func<DisclosureHeader, string> fileName,
    Func<DisclosureAnalysis, ExportedFile> export) : IRendition
{
    public string Name => name;

    public string ContentType => contentType;

    public string FileName(DisclosureHeader header) => fileName(header);

    public Task<byte[]> RenderAsync(DisclosureAnalysis analysis, CancellationToken cancellationToken) =>
        Task.FromResult(export(analysis).Content);
}

/// <summary>The table downloads every published version keeps: the workbook, the nine CSVs in a zip and the Fiscal Data Package.</summary>
public static class ExportRenditions
{
    public static readonly ExportRendition Workbook =
        new("xlsx", DisclosureWorkbook.ContentType, DisclosureWorkbook.FileName, DisclosureWorkbook.Export);

    /// <summary>The nine CSVs in one zip; a single table's CSV is read out of it (<see cref="TableCsv.ReadFromZip"/>).</summary>
    public static readonly ExportRendition CsvZip =
        new("csv.zip", ZipFiles.ContentType, TableCsv.ZipFileName, TableCsv.ExportAll);

    public static readonly ExportRendition DataPackage =
        new("datapackage.zip", ZipFiles.ContentType, FiscalDataPackage.FileName, FiscalDataPackage.Export);

    public static IReadOnlyList<ExportRendition> All { get; } = [Workbook, CsvZip, DataPackage];
}
