using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;

using FinalAccounts.Infrastructure.Pdf.Fonts;

using Microsoft.Extensions.Configuration;

using PdfSharp.Drawing;
using PdfSharp.Pdf;

using Xunit.Abstractions;

namespace FinalAccounts.UnitTests.Pdf;

/// <summary>Loads the Debian fonts once for all font tests; loading reads ~27 MB.</summary>
public sealed class InstalledFontsFixture
{
    public InstalledFontsFixture()
    {
        var clock = Stopwatch.StartNew();
        Fonts = DocumentFonts.Load(new FontOptions());
        LoadTime = clock.Elapsed;
    }

    public DocumentFonts Fonts { get; }

    public TimeSpan LoadTime { get; }
}

public class FontTests(InstalledFontsFixture fixture, ITestOutputHelper output) : IClassFixture<InstalledFontsFixture>
{
    private const string UmingPath = "/usr/share/fonts/truetype/arphic/uming.ttc";
    private const string MicroHeiPath = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private const string LiberationSerifPath = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf";

    private const string DisclosureText = "部门决算公开硚口区司法局“三公”经费（万元）一般公共预算财政拨款收入支出决算表";
    private const string CjkPunctuation = "，。、；：（）“”《》";
    private const string LatinSample = "0123456789,.%";

    private DocumentFonts Fonts => fixture.Fonts;

    // ---- OpenTypeFile -------------------------------------------------------------------------

    [Theory]
    [InlineData(UmingPath, "AR PL UMing CN")]
    [InlineData(MicroHeiPath, "WenQuanYi Micro Hei")]
    public void ExtractedCollectionFaceIsAStandaloneTrueTypeFont(string path, string family)
    {
        byte[] collection = File.ReadAllBytes(path);
        byte[] standalone = OpenTypeFile.ExtractFace(collection, 0);

        OpenTypeFile.IsCollection(collection).Should().BeTrue();
        OpenTypeFile.IsCollection(standalone).Should().BeFalse();
        var reparsed = OpenTypeFile.Parse(standalone);
        reparsed.FamilyName.Should().Be(family);
        reparsed.HasTrueTypeOutlines.Should().BeTrue();
        reparsed.TableTags.Should().BeEquivalentTo(OpenTypeFile.Parse(collection, 0).TableTags.Where(t => t != "DSIG"));
    }

    [Theory]
    [InlineData(UmingPath)]
    [InlineData(MicroHeiPath)]
    public void ExtractedFaceHasAlignedTablesAndValidChecksums(string path)
    {
        byte[] standalone = OpenTypeFile.ExtractFace(File.ReadAllBytes(path), 0);

        foreach (var (tag, checksum, offset, length) in TableDirectory(standalone))
        {
            (offset % 4).Should().Be(0, $"table {tag} must start on a 4-byte boundary");
            if (tag != "head")
            {
                Checksum(standalone.AsSpan(offset, (length + 3) & ~3)).Should().Be(checksum, $"table {tag}");
            }
        }

        Checksum(standalone).Should().Be(0xB1B0AFBA, "checkSumAdjustment makes the whole file sum to the magic number");
    }

    [Fact]
    public void ExtractedTablesHoldTheSameBytesAsTheCollectionFace()
    {
        byte[] collection = File.ReadAllBytes(MicroHeiPath);
        var original = OpenTypeFile.Parse(collection, 1);
        var copy = OpenTypeFile.Parse(OpenTypeFile.ExtractFace(collection, 1));

        foreach (string tag in original.TableTags.Where(t => t != "head"))
        {
            copy.Table(tag).SequenceEqual(original.Table(tag)).Should().BeTrue($"table {tag} is copied unchanged");
        }
    }

    [Fact]
    public void PlainFontAtIndexZeroIsReturnedUnchanged()
    {
        byte[] data = File.ReadAllBytes(LiberationSerifPath);

        OpenTypeFile.ExtractFace(data, 0).Should().BeSameAs(data);
        OpenTypeFile.Parse(data).FamilyName.Should().Be("Liberation Serif");
    }

    [Fact]
    public void FaceIndexOutsideTheFileIsRejected()
    {
        byte[] plain = File.ReadAllBytes(LiberationSerifPath);
        byte[] collection = File.ReadAllBytes(MicroHeiPath);

        FluentActions.Invoking(() => OpenTypeFile.ExtractFace(plain, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => OpenTypeFile.ExtractFace(collection, 2)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("*2 face(s)*");
    }

    [Fact]
    public void CffOutlineFaceIsRejectedWithAClearMessage()
    {
        byte[] cff = MinimalFont(0x4F54544F, "CFF ", "name");

        FluentActions.Invoking(() => OpenTypeFile.ExtractFace(cff, 0)).Should().Throw<NotSupportedException>()
            .WithMessage("*CFF*TrueType outlines*");
    }

    [Fact]
    public void GarbageIsNotAFont()
    {
        byte[] garbage = Encoding.ASCII.GetBytes("<html>not a font</html>");

        FluentActions.Invoking(() => OpenTypeFile.Parse(garbage)).Should().Throw<InvalidDataException>();
    }

    // ---- Coverage -----------------------------------------------------------------------------

    [Fact]
    public void CjkFacesCoverDisclosureTextAndCjkPunctuation()
    {
        foreach (var face in new[] { Fonts.SerifCjk, Fonts.SansCjk })
        {
            CodePoints(DisclosureText + CjkPunctuation).Where(c => !face.Covers(c))
                .Should().BeEmpty($"{face} must draw every character of the disclosures");
        }
    }

    [Fact]
    public void LatinFacesCoverDigitsAndNumberPunctuation()
    {
        foreach (var face in new[] { Fonts.SerifLatin, Fonts.SerifLatinBold, Fonts.SansLatin, Fonts.SansLatinBold })
        {
            CodePoints(LatinSample).Where(c => !face.Covers(c)).Should().BeEmpty($"{face} draws the amounts");
            face.Covers('硚').Should().BeFalse();
        }
    }

    [Fact]
    public void CharacterMapsReadTheBestUnicodeSubtable()
    {
        Fonts.SerifCjk.CharacterMap.Count.Should().BeGreaterThan(18_000, "AR PL UMing has 18,739 hanzi");
        Fonts.SerifCjk.CharacterMap.Source.Should().StartWith("3/");
        Fonts.SerifLatin.CharacterMap.Source.Should().StartWith("3/1 ");
        Fonts.SerifLatin.Covers(0x0000).Should().BeFalse("code 0 maps to .notdef");
    }

    [Fact]
    public void FacesKnowTheirFamilyAndSource()
    {
        Fonts.SerifCjk.FamilyName.Should().Be("AR PL UMing CN");
        Fonts.SansCjk.FamilyName.Should().Be("WenQuanYi Micro Hei");
        Fonts.SansLatinBold.FamilyName.Should().Be("Liberation Sans");
        Fonts.SerifCjk.SourcePath.Should().Be(UmingPath);
        Fonts.Faces.Select(f => f.Key).Should().OnlyHaveUniqueItems();
        Fonts.Faces.Should().OnlyContain(f => !OpenTypeFile.IsCollection(f.Data));
    }

    // ---- Face choice --------------------------------------------------------------------------

    [Theory]
    [InlineData(FontRole.Serif, false, '3', DocumentFonts.SerifLatinKey)]
    [InlineData(FontRole.Serif, true, '3', DocumentFonts.SerifLatinBoldKey)]
    [InlineData(FontRole.Sans, false, ',', DocumentFonts.SansLatinKey)]
    [InlineData(FontRole.Sans, true, '%', DocumentFonts.SansLatinBoldKey)]
    [InlineData(FontRole.Serif, false, ' ', DocumentFonts.SerifLatinKey)]
    [InlineData(FontRole.Serif, false, '硚', DocumentFonts.SerifCjkKey)]
    [InlineData(FontRole.Serif, true, '决', DocumentFonts.SerifCjkKey)]
    [InlineData(FontRole.Sans, false, '算', DocumentFonts.SansCjkKey)]
    [InlineData(FontRole.Sans, true, '表', DocumentFonts.SansCjkKey)]
    public void FaceForPairsLatinAndCjkFaces(FontRole role, bool bold, char character, string expectedKey)
    {
        Fonts.FaceFor(role, bold, character)!.Key.Should().Be(expectedKey);
    }

    [Theory]
    [InlineData(FontRole.Serif)]
    [InlineData(FontRole.Sans)]
    public void FullWidthPunctuationGoesToTheCjkFace(FontRole role)
    {
        foreach (int c in CodePoints(CjkPunctuation))
        {
            Fonts.FaceFor(role, false, c).Should().BeSameAs(Fonts.CjkFace(role), $"U+{c:X4} is full-width");
        }
    }

    [Theory]
    [InlineData(0x10FFFD)]  // supplementary private use
    [InlineData(0xF0000)]   // supplementary private use
    [InlineData(0x1F600)]   // emoji
    [InlineData(0x0001)]    // control character
    public void CharacterNoFaceHasGivesNull(int codePoint)
    {
        Fonts.FaceFor(FontRole.Serif, false, codePoint).Should().BeNull();
        Fonts.FaceFor(FontRole.Sans, true, codePoint).Should().BeNull();
    }

    // ---- Options and loading ------------------------------------------------------------------

    [Theory]
    [InlineData("/fonts/a.ttc", "/fonts/a.ttc", 0)]
    [InlineData("/fonts/a.ttc#2", "/fonts/a.ttc", 2)]
    [InlineData(" /fonts/a.ttc#1 ", "/fonts/a.ttc", 1)]
    [InlineData("/fonts/#weird.ttf", "/fonts/#weird.ttf", 0)]
    public void FontSourceSplitsPathAndFaceIndex(string spec, string path, int faceIndex)
    {
        FontSource.Parse(spec).Should().Be(new FontSource(path, faceIndex));
    }

    [Fact]
    public void MissingFontFileNamesTheFileAndItsDebianPackage()
    {
        var options = new FontOptions { SerifCjk = "/nonexistent/uming.ttc", SansLatinBold = "/nonexistent/LiberationSans-Bold.ttf" };

        var thrown = FluentActions.Invoking(() => DocumentFonts.Load(options)).Should().Throw<FontsNotFoundException>().Which;

        thrown.Message.Should().Contain("/nonexistent/uming.ttc").And.Contain("fonts-arphic-uming")
            .And.Contain("fonts-liberation").And.Contain("找不到").And.Contain("not found");
        thrown.Missing.Should().Equal(
            new MissingFontFile("SerifCjk", "/nonexistent/uming.ttc", "fonts-arphic-uming"),
            new MissingFontFile("SansLatinBold", "/nonexistent/LiberationSans-Bold.ttf", "fonts-liberation"));
    }

    [Fact]
    public void FontOptionsBindFromConfiguration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Pdf:Fonts:SansCjk"] = "/opt/fonts/wqy-microhei.ttc#1" })
            .Build();

        var options = new FontOptions();
        configuration.GetSection(FontOptions.SectionName).Bind(options);

        options.SansCjk.Should().Be("/opt/fonts/wqy-microhei.ttc#1");
        options.SerifCjk.Should().Be(UmingPath);
    }

    [Fact]
    public void ReportsLoadTime()
    {
        output.WriteLine($"DocumentFonts.Load: {fixture.LoadTime.TotalMilliseconds:F0} ms; " +
            string.Join(", ", Fonts.Faces.Select(f => $"{f.Key} {f.Data.Length / 1024} KB, {f.CharacterMap.Count} chars")));
        fixture.LoadTime.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    // ---- PDFsharp -----------------------------------------------------------------------------

    [Fact]
    public void ResolverServesFacesByKeyWithDesignedOrSimulatedBold()
    {
        var resolver = new PdfFontResolver(Fonts);

        resolver.ResolveTypeface(DocumentFonts.SerifLatinKey, bold: true, italic: false)!.FaceName.Should().Be(DocumentFonts.SerifLatinBoldKey);
        resolver.ResolveTypeface(DocumentFonts.SerifLatinKey, bold: true, italic: false)!.StyleSimulations.Should().Be(XStyleSimulations.None);
        resolver.ResolveTypeface(DocumentFonts.SansCjkKey, bold: true, italic: false)!.StyleSimulations.Should().Be(XStyleSimulations.BoldSimulation);
        resolver.ResolveTypeface(DocumentFonts.SansCjkKey, bold: false, italic: false)!.StyleSimulations.Should().Be(XStyleSimulations.None);
        resolver.ResolveTypeface("Arial", bold: false, italic: false).Should().BeNull();
        resolver.GetFont(DocumentFonts.SerifCjkKey).Should().BeSameAs(Fonts.SerifCjk.Data);
        resolver.GetFont("unknown").Should().BeNull();
    }

    [Fact]
    public void InstallIsIdempotentAndThreadSafe()
    {
        Parallel.For(0, 16, _ => PdfFontResolver.Install(Fonts));

        FluentActions.Invoking(() => PdfFontResolver.Install(Fonts)).Should().NotThrow();
    }

    [Fact]
    public void InstallAcceptsFontsFromTheSameFilesButRefusesOthers()
    {
        PdfFontResolver.Install(Fonts);
        var sameFiles = DocumentFonts.Load(new FontOptions());
        var otherFiles = DocumentFonts.Load(new FontOptions { SerifCjk = MicroHeiPath + "#1" });

        FluentActions.Invoking(() => PdfFontResolver.Install(sameFiles)).Should().NotThrow();
        FluentActions.Invoking(() => PdfFontResolver.Install(otherFiles)).Should().Throw<InvalidOperationException>()
            .WithMessage("*only once*");
    }

    [Fact]
    public void DrawnChineseAndLatinTextIsExtractableFromTheSavedPdf()
    {
        PdfFontResolver.Install(Fonts);
        const string line = "2024年度硚口区司法局 3,469.73万元";
        const string heading = "部门决算公开（2024年度）";
        string path = Path.Combine(Path.GetTempPath(), $"fa-fonts-{Guid.NewGuid():N}.pdf");
        try
        {
            using (var document = new PdfDocument())
            {
                var page = document.AddPage();
                using var graphics = XGraphics.FromPdfPage(page);
                DrawMixed(graphics, FontRole.Sans, bold: true, heading, 72, 72, 16);
                DrawMixed(graphics, FontRole.Serif, bold: false, line, 72, 120, 12);
                document.Save(path);
            }

            string text = ExtractText(path);

            text.Should().Contain(line);
            text.Should().Contain(heading);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // ---- Helpers ------------------------------------------------------------------------------

    /// <summary>Draws text run by run, each run in the face FaceFor picks, as the layout code will.</summary>
    private void DrawMixed(XGraphics graphics, FontRole role, bool bold, string text, double x, double y, double size)
    {
        foreach (var (face, run) in Runs(role, bold, text))
        {
            var font = new XFont(face.Key, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            graphics.DrawString(run, font, XBrushes.Black, x, y);
            x += graphics.MeasureString(run, font).Width;
        }
    }

    private List<(FontFace Face, string Text)> Runs(FontRole role, bool bold, string text)
    {
        var runs = new List<(FontFace Face, string Text)>();
        foreach (var rune in text.EnumerateRunes())
        {
            var face = Fonts.FaceFor(role, bold, rune.Value) ?? throw new InvalidOperationException($"No face for U+{rune.Value:X4}");
            if (runs.Count > 0 && runs[^1].Face == face)
            {
                runs[^1] = (face, runs[^1].Text + rune);
            }
            else
            {
                runs.Add((face, rune.ToString()));
            }
        }

        return runs;
    }

    private static string ExtractText(string pdfPath)
    {
        var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", pdfPath, "-"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        string text = process.StandardOutput.ReadToEnd();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, errors);
        return text;
    }

    private static IEnumerable<int> CodePoints(string text) => text.EnumerateRunes().Select(r => r.Value);

    private static List<(string Tag, uint Checksum, int Offset, int Length)> TableDirectory(byte[] font)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        return Enumerable.Range(0, count).Select(i =>
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            return (Encoding.ASCII.GetString(record[..4]),
                BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }).ToList();
    }

    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        for (int i = 0; i + 4 <= bytes.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]));
        }

        return sum;
    }

    /// <summary>An sfnt with empty 4-byte tables, enough to exercise the directory checks.</summary>
    private static byte[] MinimalFont(uint sfntVersion, params string[] tags)
    {
        int directory = 12 + 16 * tags.Length;
        var font = new byte[directory + 4 * tags.Length];
        BinaryPrimitives.WriteUInt32BigEndian(font, sfntVersion);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)tags.Length);
        for (int i = 0; i < tags.Length; i++)
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            Encoding.ASCII.GetBytes(tags[i], record[..4]);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)(directory + 4 * i));
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], 4);
        }

        return font;
    }
}
