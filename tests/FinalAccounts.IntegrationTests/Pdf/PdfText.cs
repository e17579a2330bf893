using System.Diagnostics;

namespace FinalAccounts.IntegrationTests.Pdf;

/// <summary>Reads a PDF the way a person's tools do: poppler's pdftotext, one string per page.</summary>
public static class PdfText
{
    /// <param name="layout">Keep the physical layout (columns stay on their line), as for the 目录.</param>
    public static IReadOnlyList<string> Pages(byte[] pdf, bool layout = false)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fa-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            string[] arguments = layout ? ["-layout", "-enc", "UTF-8", path, "-"] : ["-enc", "UTF-8", path, "-"];
            var start = new ProcessStartInfo("pdftotext", arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.Should().Be(0, $"pdftotext reads the PDF ({errors})");
            errors.Should().BeEmpty("poppler finds nothing wrong with the PDF");
            // pdftotext ends every page with a form feed.
            return text.Split('\f')[..^1];
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Text without the spaces and line ends that extraction puts between words and cells.</summary>
    public static string Squeeze(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
