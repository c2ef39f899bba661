using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Tests.Support;

/// <summary>A word as printed: where it stands on the page, in points from the top left, and its text.</summary>
/// <param name="Left">Distance from the page's left edge.</param>
/// <param name="Top">Distance from the page's top edge.</param>
/// <param name="Width">The word's width.</param>
/// <param name="Height">The height of its letters, ascender to descender: the printed size of the text.</param>
/// <param name="Text">The word; right-to-left words come out in the order their letters are drawn, so reversed.</param>
public sealed record PdfWord(double Left, double Top, double Width, double Height, string Text)
{
    public double Right => Left + Width;
}

/// <summary>The words of each page of a PDF, read with poppler's pdftotext.</summary>
public static partial class PdfText
{
    public static string? Executable { get; } = new[] { "/usr/bin/pdftotext", "/usr/local/bin/pdftotext" }.FirstOrDefault(File.Exists);

    /// <summary>Pages in the PDF, counted from its page objects (no pdftotext needed).</summary>
    public static int PageCount(byte[] pdf) => PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;

    /// <summary>Every page's words, in the order pdftotext reads them.</summary>
    public static IReadOnlyList<IReadOnlyList<PdfWord>> Pages(string pdf)
    {
        var psi = new ProcessStartInfo(Executable ?? "pdftotext") { ArgumentList = { "-tsv", pdf, "-" }, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "pdftotext did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, "pdftotext failed: " + stderr.Result);
        var pages = new SortedDictionary<int, List<PdfWord>>();
        // level, page, par, block, line, word, left, top, width, height, conf, text; level 5 is a word.
        foreach (var line in stdout.Result.Split('\n').Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 12) continue;
            var page = int.Parse(f[1], CultureInfo.InvariantCulture);
            if (!pages.TryGetValue(page, out var words)) pages[page] = words = [];
            if (f[0] != "5") continue;
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            words.Add(new PdfWord(D(6), D(7), D(8), D(9), f[11]));
        }
        return pages.Values.ToList();
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();
}
