using System.Text.RegularExpressions;
using ScottPlot;
using SkiaSharp;

namespace Dashboard.Rendering.Charts;

/// <summary>
/// Draws a <see cref="ChartSpec"/> as horizontal bars: solid to the low figure, lighter from low to
/// high, and past the low figure a hatched stub with an arrow when the range is open above. An
/// English chart's words are ScottPlot's; a right-to-left chart's words are drawn by
/// <see cref="ChartText"/>, one position per label, over ScottPlot's bars and numbers.
/// </summary>
public static partial class RangeBarChart
{
    /// <summary>Chart width in pixels; the SVG scales with the page.</summary>
    public const int Width = 860;

    private const float LabelSize = 13;
    private const float TitleSize = 16;
    private const float LegendRow = 22;

    /// <summary>Height for a number of rows.</summary>
    public static int Height(ChartSpec spec) => 140 + Math.Max(1, spec.Rows.Count) * 30;

    /// <summary>The chart as SVG markup for inlining: no XML declaration, ids unique to this chart, an accessible name.</summary>
    public static string Svg(ChartSpec spec) => Svg(spec, Plot(spec));

    /// <summary>The chart as PNG bytes.</summary>
    public static byte[] Png(ChartSpec spec) => Png(spec, Plot(spec));

    /// <summary>
    /// The SVG and the PNG from one plot: building and laying out a plot costs as much as drawing
    /// it, and both renders at the same size give the same positions.
    /// </summary>
    public static (string Svg, byte[] Png) Both(ChartSpec spec)
    {
        var plot = Plot(spec);
        return (Svg(spec, plot), Png(spec, plot));
    }

    private static string Svg(ChartSpec spec, Plot plot)
    {
        var svg = plot.GetSvgXml(Width, Height(spec));
        if (spec.RightToLeft)
        {
            var (labels, swatches) = Words(spec, plot);
            svg = svg.Replace("</svg>", ChartText.Svg(labels, swatches) + "</svg>", StringComparison.Ordinal);
        }
        return Normalise(svg, spec);
    }

    private static byte[] Png(ChartSpec spec, Plot plot)
    {
        // Left to right: the surface ScottPlot's own GetImageBytes draws on, so the same pixels.
        var info = spec.RightToLeft ? new SKImageInfo(Width, Height(spec)) : new SKImageInfo(Width, Height(spec), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        plot.Render(surface.Canvas, Width, Height(spec));
        if (spec.RightToLeft)
        {
            var (labels, swatches) = Words(spec, plot);
            ChartText.Draw(surface.Canvas, labels, swatches);
        }
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels() ?? throw new InvalidOperationException("a raster surface's image has pixels");
        // The pixels Skia's default encoding stores; one filter and light deflate take a fraction
        // of its time (flat colours and text compress well either way).
        using var data = pixels.Encode(PngEncoding) ?? throw new InvalidOperationException("Skia could not encode the chart as PNG");
        return data.ToArray();
    }

    private static readonly SKPngEncoderOptions PngEncoding = new(SKPngEncoderFilterFlags.Sub, 1);

    /// <summary>
    /// The chart as a ScottPlot plot, for notebooks to display or restyle. For a right-to-left chart
    /// the words are left out and room is kept for <see cref="ChartText"/> to draw them.
    /// </summary>
    public static Plot Plot(ChartSpec spec)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var max = spec.Rows.Count == 0 ? 1 : spec.Rows.Max(r => r.Range.High ?? r.Range.Low);
        // Open ranges get a stub a fifth of the axis long: visibly "and more", not a number.
        var stub = Math.Max(max * 0.2, 1);
        var bars = new List<Bar>();
        var openEnds = new List<(double Low, double Y, Color Colour)>();
        var n = spec.Rows.Count;
        for (var i = 0; i < n; i++)
        {
            var row = spec.Rows[i];
            var y = n - 1 - i;
            var colour = Color.FromHex(row.Colour);
            var low = row.Range.Low;
            bars.Add(new Bar { Position = y, ValueBase = 0, Value = low, FillColor = colour, LineWidth = 0, Size = 0.7, Orientation = Orientation.Horizontal });
            if (row.Range.High is not { } high)
            {
                bars.Add(new Bar
                {
                    Position = y, ValueBase = low, Value = low + stub, Size = 0.7, Orientation = Orientation.Horizontal,
                    FillColor = colour.WithAlpha(0.12), FillHatch = new ScottPlot.Hatches.Striped(), FillHatchColor = colour,
                    LineColor = colour, LineWidth = 1, Label = row.Display,
                });
                openEnds.Add((low, y, colour));
            }
            else if (high > low)
            {
                bars.Add(new Bar { Position = y, ValueBase = low, Value = high, Size = 0.7, FillColor = colour.WithAlpha(0.35), LineColor = colour, LineWidth = 1, Label = row.Display, Orientation = Orientation.Horizontal });
            }
            else
            {
                bars[^1].Label = row.Display;
            }
        }
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        foreach (var (low, y, colour) in openEnds)
        {
            // An arrow along the stub says "and more" in the SVG too, where hatching is not exported.
            var arrow = plot.Add.Arrow(new Coordinates(low, y), new Coordinates(low + stub, y));
            arrow.ArrowFillColor = colour;
            arrow.ArrowLineColor = colour;
            arrow.ArrowWidth = 3;
            arrow.ArrowheadWidth = 12;
            arrow.ArrowheadLength = 12;
        }
        var positions = Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, spec.RightToLeft ? positions.Select(_ => "").ToArray() : spec.Rows.Select(r => r.Label).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // ScottPlot formats tick numbers in the current culture ("1.000" in Berlin): name it.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Analysis.FigureRange.Number };
        plot.Axes.Margins(left: 0, right: 0.15, bottom: 0.05, top: 0.05);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        if (spec.RightToLeft)
        {
            var left = spec.Rows.Select(r => ChartText.Width(r.Label, LabelSize)).DefaultIfEmpty(0).Max() + 24;
            plot.Layout.Fixed(new PixelPadding(left, 24, 56 + LegendRow * LegendRows(spec), 44));
            return plot;
        }
        plot.Title(spec.Title);
        plot.XLabel(spec.Units);
        // Legend below the data, so it never hides a bar.
        plot.Legend.ManualItems.AddRange(spec.Legend.Select(l => new LegendItem { LabelText = l.Label, FillColor = Color.FromHex(l.Colour) }));
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static int LegendRows(ChartSpec spec) => Math.Max(1, (int)Math.Ceiling(LegendItems(spec).Sum(i => i.Width) / (Width - 48)));

    private static List<(string Label, string Colour, float Width)> LegendItems(ChartSpec spec) =>
        spec.Legend.Select(l => (l.Label, l.Colour, ChartText.Width(l.Label, LabelSize) + 40)).ToList();

    /// <summary>The words of a right-to-left chart, placed from the plot's last render: title, bar labels, unit, legend.</summary>
    private static (List<ChartLabel> Labels, List<Swatch> Swatches) Words(ChartSpec spec, Plot plot)
    {
        var data = plot.LastRender.DataRect;
        var labels = new List<ChartLabel> { new(spec.Title, Width / 2f, 28, Anchor.Middle, TitleSize, Bold: true) };
        var n = spec.Rows.Count;
        for (var i = 0; i < n; i++)
        {
            var y = plot.GetPixel(new Coordinates(0, n - 1 - i)).Y;
            labels.Add(new ChartLabel(spec.Rows[i].Label, data.Left - 10, y + LabelSize / 3, Anchor.Right, LabelSize));
        }
        labels.Add(new ChartLabel(spec.Units, data.HorizontalCenter, data.Bottom + 44, Anchor.Middle, LabelSize));
        // The legend reads from the right, as the labels do.
        var swatches = new List<Swatch>();
        var x = Width - 24f;
        var top = data.Bottom + 64;
        foreach (var (label, colour, width) in LegendItems(spec))
        {
            if (x - width < 24)
            {
                x = Width - 24f;
                top += LegendRow;
            }
            swatches.Add(new Swatch(x - 12, top - 11, 12, colour));
            labels.Add(new ChartLabel(label, x - 18, top, Anchor.Right, LabelSize));
            x -= width;
        }
        return (labels, swatches);
    }

    /// <summary>
    /// ScottPlot numbers clip paths from a process-wide counter: renumber them per chart so the same
    /// input gives the same bytes and several charts can share one page.
    /// </summary>
    internal static string Normalise(string svg, ChartSpec spec)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start > 0) svg = svg[start..];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        svg = ClipId().Replace(svg, m =>
        {
            if (!map.TryGetValue(m.Groups[1].Value, out var id)) map[m.Groups[1].Value] = id = $"{spec.FileName.Replace('.', '-')}-clip-{map.Count + 1}";
            return id;
        });
        var title = System.Net.WebUtility.HtmlEncode(spec.Description);
        var lang = spec.RightToLeft ? $" lang=\"{spec.Language}\"" : "";
        // ScottPlot's own text (numbers, English words) is laid out left to right, whatever the page's direction.
        return svg.Replace("<svg ", $"<svg role=\"img\" aria-label=\"{title}\"{lang} direction=\"ltr\" viewBox=\"0 0 {Width} {Height(spec)}\" ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(cl_[0-9A-Fa-f]+)\b")]
    private static partial Regex ClipId();
}
