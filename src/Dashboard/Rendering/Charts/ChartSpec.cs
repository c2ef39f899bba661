using Dashboard.Analysis;

namespace Dashboard.Rendering.Charts;

/// <summary>
/// What a chart shows, taken from the analysed model: the same rows feed the drawing and the
/// table beside it, so the two can never disagree.
/// </summary>
/// <param name="Name">File name without extension, e.g. "by-side".</param>
/// <param name="Title">Chart title (English: ScottPlot cannot shape Arabic here).</param>
/// <param name="Description">Accessible name: what the chart shows, in one sentence.</param>
/// <param name="Units">Unit of the value axis.</param>
/// <param name="SourceLine">Where the figures come from, printed under the chart.</param>
/// <param name="Rows">One bar per row, top to bottom.</param>
/// <param name="Legend">Colour keys, as (label, hex colour).</param>
public sealed record ChartSpec(string Name, string Title, string Description, string Units, string SourceLine, IReadOnlyList<ChartRow> Rows, IReadOnlyList<(string Label, string Colour)> Legend);

/// <summary>One bar: a label, the range it spans, its colour and the claims behind it.</summary>
public sealed record ChartRow(string Label, FigureRange Range, string Display, string Colour, IReadOnlyList<string> ClaimIds);
