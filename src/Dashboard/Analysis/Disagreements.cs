using Dashboard.Model;
using Microsoft.Data.Analysis;

namespace Dashboard.Analysis;

/// <summary>
/// The words a figure stands on: one claim of a statement, from an original document rather than a
/// rendering of it where the statement has both.
/// </summary>
/// <param name="Claim">The claim quoted.</param>
/// <param name="Statement">The statement it belongs to (its other claims carry the same words elsewhere).</param>
/// <param name="Document">The document quoted.</param>
public sealed record Quotation(AnalysedClaim Claim, Statement Statement, Document Document);

/// <summary>One side's total for a metric, and the quotations behind it.</summary>
/// <param name="Side">The side whose sources give the figure.</param>
/// <param name="Total">Their total: every claim of the side's sources for the metric, combined.</param>
/// <param name="Quotations">One quotation per statement behind the total, in the model's statement order.</param>
public sealed record SideFigure(Side Side, Total Total, IReadOnlyList<Quotation> Quotations);

/// <summary>Two sides' totals for one metric, compared.</summary>
/// <param name="First">A side, in vocabulary order.</param>
/// <param name="Second">A later side.</param>
public sealed record SidePair(SideFigure First, SideFigure Second)
{
    /// <summary>True when some figure lies in both ranges: both claims could be true.</summary>
    public bool CanBothHold => RangeComparison.Overlap(First.Total.Range, Second.Total.Range);

    /// <summary>The smallest distance between the ranges: 0 when they overlap. At least this far apart, whatever the true figures.</summary>
    public double Gap => RangeComparison.Gap(First.Total.Range, Second.Total.Range);
}

/// <summary>
/// Where the sides disagree on one metric: each side's total with its quotations, and every pair of
/// sides compared. One side (or none) means there is nothing to compare, which is said too.
/// </summary>
/// <param name="Metric">The metric.</param>
/// <param name="Sides">The sides that give a figure, in vocabulary order.</param>
/// <param name="Pairs">Every pair of those sides.</param>
public sealed record Disagreement(Metric Metric, IReadOnlyList<SideFigure> Sides, IReadOnlyList<SidePair> Pairs)
{
    /// <summary>The comparison of two sides, if both give a figure.</summary>
    public SidePair? Between(Side a, Side b) => Pairs.FirstOrDefault(p => (p.First.Side, p.Second.Side) == (a, b) || (p.First.Side, p.Second.Side) == (b, a));

    /// <summary>A side's figure, if it gives one.</summary>
    public SideFigure? For(Side side) => Sides.FirstOrDefault(s => s.Side == side);
}

/// <summary>Overlap and gap of two ranges (open ends reach anything above).</summary>
public static class RangeComparison
{
    /// <summary>True when a number lies in both ranges.</summary>
    public static bool Overlap(FigureRange a, FigureRange b) =>
        (a.High is null || a.High >= b.Low) && (b.High is null || b.High >= a.Low);

    /// <summary>0 when the ranges overlap; otherwise the distance from the lower range's high to the higher range's low.</summary>
    public static double Gap(FigureRange a, FigureRange b) =>
        Overlap(a, b) ? 0 : Math.Max(b.Low - (a.High ?? double.PositiveInfinity), a.Low - (b.High ?? double.PositiveInfinity));
}

/// <summary>
/// Computes where the sides disagree, once, for the report (both editions), the notebooks and any
/// other reader of the model.
/// </summary>
public static class Disagreements
{
    /// <summary>One entry per metric, in metric order.</summary>
    public static IReadOnlyList<Disagreement> Of(AnalysedModel model)
    {
        // A side's total for a metric holds every claim of the side's sources for it: so its
        // statements are those of the side's sources, bucketed in one pass, in the model's order.
        var quotations = new Dictionary<(string Metric, Side Side), List<Quotation>>();
        for (var s = 0; s < model.Statements.Length; s++)
        {
            var statement = model.Statements[s];
            var (quoted, document) = model.Quotes[s];
            var key = (statement.Key.Metric, quoted.Source.Side);
            if (!quotations.TryGetValue(key, out var list)) quotations[key] = list = [];
            list.Add(new Quotation(quoted, statement, document));
        }
        return model.Headlines.Select(h =>
        {
            var figures = h.BySide.Select(s => new SideFigure(s.Side, s.Total, quotations.GetValueOrDefault((h.Metric.Id, s.Side)) ?? [])).ToList();
            var pairs = new List<SidePair>();
            for (var i = 0; i < figures.Count; i++)
            {
                for (var j = i + 1; j < figures.Count; j++) pairs.Add(new SidePair(figures[i], figures[j]));
            }
            return new Disagreement(h.Metric, figures, pairs);
        }).ToList();
    }

    /// <summary>The comparison of the government's and the SDF's sources as a DataFrame, one row per metric.</summary>
    public static DataFrame Frame(IReadOnlyList<Disagreement> disagreements, Rendering.Words.Words? words = null)
    {
        words ??= Rendering.Words.Words.English;
        var pairs = disagreements.Select(d => d.Between(Side.Government, Side.Sdf)).ToList();
        return new DataFrame(
            new StringDataFrameColumn("metric", disagreements.Select(d => words.Metric(d.Metric))),
            new StringDataFrameColumn("government", disagreements.Select(d => d.For(Side.Government)?.Total.Range.Format(d.Metric.Unit) ?? "-")),
            new StringDataFrameColumn("sdf", disagreements.Select(d => d.For(Side.Sdf)?.Total.Range.Format(d.Metric.Unit) ?? "-")),
            new BooleanDataFrameColumn("can_both_hold", pairs.Select(p => p?.CanBothHold)),
            new DoubleDataFrameColumn("gap", pairs.Select(p => p?.Gap)),
            new StringDataFrameColumn("reading", disagreements.Select(words.Verdict)));
    }
}
