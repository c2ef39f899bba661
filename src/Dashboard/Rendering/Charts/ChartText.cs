using System.Globalization;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Dashboard.Rendering.Charts;

/// <summary>Where a label is anchored, in visual terms.</summary>
internal enum Anchor { Left, Middle, Right }

/// <summary>One label drawn on a chart by us rather than by ScottPlot: one position for the whole text.</summary>
internal sealed record ChartLabel(string Text, float X, float Y, Anchor Anchor, float Size, bool Bold = false, string Colour = "#000000");

/// <summary>A legend swatch drawn beside its label.</summary>
internal sealed record Swatch(float X, float Y, float Size, string Colour);

/// <summary>
/// Right-to-left chart text. ScottPlot's SVG places every glyph at its own x, which stops a browser
/// from joining Arabic letters and can reverse their order; its PNG draws glyphs unshaped. So the
/// Arabic charts' words are drawn here: in SVG as one &lt;text&gt; per label that the browser shapes
/// and orders itself, in PNG with HarfBuzz, run by run, right to left.
/// </summary>
internal static class ChartText
{
    private const string Font = "DejaVu Sans";

    private static readonly Lazy<SKTypeface> Regular = new(() => SKTypeface.FromFamilyName(Font) ?? SKTypeface.Default);
    private static readonly Lazy<SKTypeface> BoldFace = new(() => SKTypeface.FromFamilyName(Font, SKFontStyle.Bold) ?? SKTypeface.Default);

    /// <summary>The width a label takes when shaped.</summary>
    public static float Width(string text, float size, bool bold = false)
    {
        var face = bold ? BoldFace.Value : Regular.Value;
        using var font = new SKFont(face, size);
        using var shaper = new SKShaper(face);
        return Runs(text).Sum(r => shaper.Shape(r.Text, font).Width);
    }

    /// <summary>The labels and swatches as SVG elements, to append inside the chart's &lt;svg&gt;.</summary>
    public static string Svg(IEnumerable<ChartLabel> labels, IEnumerable<Swatch> swatches)
    {
        var sb = new StringBuilder("<g class=\"labels\" font-family=\"DejaVu Sans, Noto Sans, sans-serif\">");
        foreach (var s in swatches)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{s.X:0.#}\" y=\"{s.Y:0.#}\" width=\"{s.Size:0.#}\" height=\"{s.Size:0.#}\" fill=\"{s.Colour}\"/>");
        }
        foreach (var l in labels)
        {
            // With direction rtl, "start" is the right edge and "end" the left one.
            var anchor = l.Anchor switch { Anchor.Right => "start", Anchor.Left => "end", _ => "middle" };
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{l.X:0.#}\" y=\"{l.Y:0.#}\" direction=\"rtl\" text-anchor=\"{anchor}\" font-size=\"{l.Size:0.#}\"{(l.Bold ? " font-weight=\"bold\"" : "")} fill=\"{l.Colour}\">");
            // Latin words inside an Arabic label (a name the data gives only in Latin letters) are marked English.
            foreach (var (run, latin) in Words.EmbeddedLatin.Runs(l.Text))
            {
                if (latin) sb.Append("<tspan lang=\"en\">").Append(System.Net.WebUtility.HtmlEncode(run)).Append("</tspan>");
                else sb.Append(System.Net.WebUtility.HtmlEncode(run));
            }
            sb.Append("</text>");
        }
        return sb.Append("</g>").ToString();
    }

    /// <summary>Draws the labels and swatches on a canvas, shaped.</summary>
    public static void Draw(SKCanvas canvas, IEnumerable<ChartLabel> labels, IEnumerable<Swatch> swatches)
    {
        foreach (var s in swatches)
        {
            using var fill = new SKPaint { Color = SKColor.Parse(s.Colour), IsAntialias = true };
            canvas.DrawRect(s.X, s.Y, s.Size, s.Size, fill);
        }
        foreach (var l in labels)
        {
            var face = l.Bold ? BoldFace.Value : Regular.Value;
            using var font = new SKFont(face, l.Size);
            using var shaper = new SKShaper(face);
            using var paint = new SKPaint { Color = SKColor.Parse(l.Colour), IsAntialias = true };
            var runs = Runs(l.Text).Select(r => (r.Text, Width: shaper.Shape(r.Text, font).Width)).ToList();
            var total = runs.Sum(r => r.Width);
            var right = l.Anchor switch { Anchor.Right => l.X, Anchor.Left => l.X + total, _ => l.X + total / 2 };
            // A right-to-left paragraph: its runs follow each other from the right.
            foreach (var (text, width) in runs)
            {
                canvas.DrawShapedText(shaper, text, right - width, l.Y, SKTextAlign.Left, font, paint);
                right -= width;
            }
        }
    }

    /// <summary>
    /// Splits a label into runs of one direction, in logical order: Arabic, or anything else
    /// (Latin ids, digits). Spaces and punctuation stay with the run before them; HarfBuzz shapes
    /// each run in its own direction.
    /// </summary>
    internal static List<(string Text, bool RightToLeft)> Runs(string text)
    {
        var runs = new List<(string, bool)>();
        var sb = new StringBuilder();
        bool? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            bool? strong = Rune.IsLetterOrDigit(rune) ? IsRightToLeft(rune) : null;
            if (strong is { } s && current is { } c && s != c)
            {
                runs.Add((sb.ToString(), c));
                sb.Clear();
            }
            if (strong is not null) current = strong;
            sb.Append(rune.ToString());
        }
        if (sb.Length > 0) runs.Add((sb.ToString(), current ?? true));
        return runs;
    }

    private static bool IsRightToLeft(Rune rune) => rune.Value is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);
}
