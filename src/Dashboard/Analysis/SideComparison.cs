using Dashboard.Model;
using Microsoft.Data.Analysis;

namespace Dashboard.Analysis;

/// <summary>How the government's and the SDF's sources compare on one metric.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Government">The government sources' total, or null when they give none.</param>
/// <param name="Sdf">The SDF sources' total, or null when they give none.</param>
public sealed record SideComparison(Metric Metric, FigureRange? Government, FigureRange? Sdf)
{
    /// <summary>True when there is a number both sides' ranges allow.</summary>
    public bool? Overlap => Government is { } g && Sdf is { } s
        ? (g.High is null || g.High >= s.Low) && (s.High is null || s.High >= g.Low)
        : null;

    /// <summary>
    /// The smallest distance between the two ranges: 0 when they overlap, null when a side gives no
    /// figure. "At least this far apart", whatever the true figures within each range.
    /// </summary>
    public double? Gap => Government is { } g && Sdf is { } s
        ? Overlap == true ? 0 : Math.Max(s.Low - (g.High ?? double.PositiveInfinity), g.Low - (s.High ?? double.PositiveInfinity))
        : null;

    /// <summary>A sentence describing the comparison.</summary>
    public string Reading => (Government, Sdf) switch
    {
        (null, null) => "No side gives a figure.",
        (_, null) => "Only government sources give a figure.",
        (null, _) => "Only SDF sources give a figure.",
        _ when Overlap == true => "The ranges overlap: the two sides' figures could both hold.",
        _ => $"The ranges do not overlap: they are at least {FigureRange.Number(Gap!.Value)} apart.",
    };

    /// <summary>One comparison per metric, in metric order.</summary>
    public static IReadOnlyList<SideComparison> All(AnalysedModel model) =>
        model.Headlines.Select(h => new SideComparison(h.Metric, h.For(Side.Government)?.Range, h.For(Side.Sdf)?.Range)).ToList();

    /// <summary>The comparisons as a DataFrame.</summary>
    public static DataFrame Frame(IReadOnlyList<SideComparison> comparisons) => new(
        new StringDataFrameColumn("metric", comparisons.Select(c => c.Metric.Label)),
        new StringDataFrameColumn("government", comparisons.Select(c => c.Government?.Format(c.Metric.Unit) ?? "-")),
        new StringDataFrameColumn("sdf", comparisons.Select(c => c.Sdf?.Format(c.Metric.Unit) ?? "-")),
        new DoubleDataFrameColumn("gap", comparisons.Select(c => c.Gap)),
        new StringDataFrameColumn("reading", comparisons.Select(c => c.Reading)));
}
