using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Charts;

/// <summary>
/// What a chart shows, taken from the analysed model: the same rows feed the drawing, the table
/// beside it in the report and the workbook's native chart, so they can never disagree.
/// </summary>
/// <param name="Name">File name without extension, e.g. "by-side".</param>
/// <param name="Language">"en" or "ar": the language of every text in the chart.</param>
/// <param name="Title">Chart title.</param>
/// <param name="Description">Accessible name: what the chart shows, in one sentence.</param>
/// <param name="Units">Unit of the value axis.</param>
/// <param name="SourceLine">Where the figures come from, printed under the chart.</param>
/// <param name="Rows">One bar per row, top to bottom.</param>
/// <param name="Legend">Colour keys, as (label, hex colour).</param>
public sealed record ChartSpec(string Name, string Language, string Title, string Description, string Units, string SourceLine, IReadOnlyList<ChartRow> Rows, IReadOnlyList<(string Label, string Colour)> Legend)
{
    /// <summary>True when the chart's text is written right to left.</summary>
    public bool RightToLeft => Language == "ar";

    /// <summary>The file name in <c>charts/</c>, without extension: "by-side", or "by-side.ar" for the Arabic chart.</summary>
    public string FileName => FileNameOf(Name, Language);

    /// <summary>The SVG file's path in the output folder.</summary>
    public string SvgPath => SvgPathOf(Name, Language);

    /// <summary>The PNG file's path in the output folder.</summary>
    public string PngPath => PngPathOf(Name, Language);

    /// <summary>The file name of chart <paramref name="name"/> in <paramref name="language"/>, known before any chart is drawn.</summary>
    public static string FileNameOf(string name, string language) => language == "en" ? name : $"{name}.{language}";

    /// <summary>The SVG path of chart <paramref name="name"/> in <paramref name="language"/>.</summary>
    public static string SvgPathOf(string name, string language) => $"charts/{FileNameOf(name, language)}.svg";

    /// <summary>The PNG path of chart <paramref name="name"/> in <paramref name="language"/>.</summary>
    public static string PngPathOf(string name, string language) => $"charts/{FileNameOf(name, language)}.png";
}

/// <summary>One bar: a label, the range it spans, its colour and the claims behind it.</summary>
/// <param name="Label">What the bar stands for, with its metric.</param>
/// <param name="Range">Low to high, or open above.</param>
/// <param name="Display">The range as text: "57–59", "46,000+".</param>
/// <param name="Colour">Hex colour: the side's, or neutral.</param>
/// <param name="ClaimIds">The claims behind the bar.</param>
/// <param name="Side">The side whose sources give the figure, or null for both or none.</param>
/// <param name="Origin">The <see cref="Total"/> or <see cref="IncidentRange"/> the bar draws, so the workbook's chart can read its row.</param>
/// <param name="Unit">What the figure counts, so a table beside the chart can write it in words.</param>
public sealed record ChartRow(string Label, FigureRange Range, string Display, string Colour, IReadOnlyList<string> ClaimIds, Side? Side = null, object? Origin = null, Unit Unit = Unit.People);
