using Dashboard.Model;

namespace Dashboard.Analysis;

/// <summary>Why two figures are compared: they count the same people, or may.</summary>
public enum ComparisonKind
{
    /// <summary>Two statements about one incident (different sources, or the same source saying different things).</summary>
    SameIncident,
    /// <summary>An incident and one it certainly includes (through every link of a chain): the whole cannot be less than its part.</summary>
    Includes,
    /// <summary>An incident and one it may include: both readings are shown, neither is a conflict.</summary>
    MayInclude,
}

/// <summary>Wire names of comparison kinds.</summary>
public static class ComparisonKinds
{
    /// <summary>"same_incident", "includes", "may_include": as aggregates.json, the workbook and the notebooks write it.</summary>
    public static string Wire(this ComparisonKind kind) => kind switch
    {
        ComparisonKind.SameIncident => "same_incident",
        ComparisonKind.Includes => "includes",
        _ => "may_include",
    };
}

/// <summary>One side of a comparison: a figure, the incident it is about, and the words behind it.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Range">The figure: a statement's range, or an incident's range over its statements.</param>
/// <param name="Quotations">The words behind the figure, one per statement.</param>
/// <param name="ClaimIds">
/// The claims behind the figure, sorted by id: its statements' claims that give one. A claim that
/// only mentions the harm shares a statement with a figure but is not behind it, as in an incident's range.
/// </param>
public sealed record ComparedFigure(Incident Incident, FigureRange Range, IReadOnlyList<Quotation> Quotations, IReadOnlyList<string> ClaimIds);

/// <summary>
/// Two figures about the same people (or possibly the same people), compared. Figures about
/// different people, such as each side's toll of the harm it blames on the other, are never
/// compared: both can always be true.
/// </summary>
/// <param name="Metric">The metric.</param>
/// <param name="Kind">Why they are compared.</param>
/// <param name="First">For <see cref="ComparisonKind.SameIncident"/>, one statement; otherwise the containing incident.</param>
/// <param name="Second">The other statement, or the contained incident.</param>
public sealed record Comparison(Metric Metric, ComparisonKind Kind, ComparedFigure First, ComparedFigure Second)
{
    /// <summary>
    /// True when the two cannot both hold: statements of one incident whose ranges do not overlap,
    /// or a whole whose ceiling is below its certain part's floor. A may-include pair never conflicts.
    /// </summary>
    public bool Conflict => Kind switch
    {
        ComparisonKind.SameIncident => !RangeComparison.Overlap(First.Range, Second.Range),
        ComparisonKind.Includes => First.Range.High is { } whole && whole < Second.Range.Low,
        _ => false,
    };

    /// <summary>How far apart a conflicting pair is at least (0 when it does not conflict).</summary>
    public double Gap => Kind switch
    {
        ComparisonKind.SameIncident => RangeComparison.Gap(First.Range, Second.Range),
        ComparisonKind.Includes when Conflict => Second.Range.Low - First.Range.High!.Value,
        _ => 0,
    };

    /// <summary>
    /// For a may-include pair, the figure if the part lies inside the whole: [max of the lows, the
    /// whole's high]; null when the whole's ceiling is below the part's floor (it cannot be inside)
    /// or for other kinds.
    /// </summary>
    public FigureRange? IfInside
    {
        get
        {
            if (Kind != ComparisonKind.MayInclude) return null;
            // The whole's "more than" survives when its floor is the higher one.
            var (low, exclusive) = FigureRange.HigherFloor(First.Range, Second.Range);
            if (First.Range.High is { } high && high < low) return null;
            return new FigureRange(low, First.Range.High) { LowExclusive = exclusive };
        }
    }

    /// <summary>For a may-include pair, the figure if the part lies outside the whole: the two added.</summary>
    public FigureRange? IfOutside => Kind == ComparisonKind.MayInclude ? First.Range + Second.Range : null;
}

/// <summary>Finds every pair of figures about the same people, once, for every output.</summary>
public static class Comparisons
{
    /// <summary>Pairs in metric order; within a metric, by incident order in the dataset.</summary>
    public static IReadOnlyList<Comparison> Of(AnalysedModel model)
    {
        var incidents = model.Dataset.Incidents;
        var position = new Dictionary<string, int>(incidents.Length, StringComparer.Ordinal);
        for (var i = 0; i < incidents.Length; i++) position[incidents[i].Id] = i;
        var parent = new Dictionary<string, (string Parent, bool Certain)>(StringComparer.Ordinal);
        foreach (var inc in incidents)
        {
            foreach (var child in inc.Includes) parent[child] = (inc.Id, true);
            foreach (var child in inc.MayInclude) parent[child] = (inc.Id, false);
        }
        var ranges = new Dictionary<(string Incident, string Metric), IncidentRange>(model.IncidentRanges.Length);
        foreach (var r in model.IncidentRanges) ranges.Add((r.Incident.Id, r.Metric), r);
        // A whole is compared with each of its parts: its figure is worked out once and shared.
        var wholes = new Dictionary<IncidentRange, ComparedFigure>(ReferenceEqualityComparer.Instance);

        var result = new List<Comparison>();
        foreach (var metric in model.Dataset.Metrics)
        {
            var ofMetric = model.IncidentRanges.Where(r => r.Metric == metric.Id).Select(r => (Range: r, At: position[r.Incident.Id])).ToList();
            ofMetric.Sort((a, b) => a.At.CompareTo(b.At));
            foreach (var (r, _) in ofMetric)
            {
                // Statements of one incident: every pair, each statement's figure made once.
                if (r.Statements.Count < 2) continue;
                var figures = r.Statements.Where(s => s.Range is not null).Select(s => StatementFigure(r.Incident, s)).ToList();
                for (var a = 0; a < figures.Count; a++)
                {
                    for (var b = a + 1; b < figures.Count; b++)
                    {
                        result.Add(new Comparison(metric, ComparisonKind.SameIncident, figures[a], figures[b]));
                    }
                }
            }
            foreach (var (part, _) in ofMetric)
            {
                // Up the chain: every ancestor with a figure reached through "includes" links only
                // is a certain whole. The first ancestor with a figure reached through a "may" link
                // gives a may-include pair and ends the walk; so does a "may" link above a whole
                // already compared, since that whole is compared with its own containers in turn.
                var certain = true;
                var compared = false;
                ComparedFigure? partFigure = null;
                for (var at = part.Incident.Id; parent.TryGetValue(at, out var up); at = up.Parent)
                {
                    certain &= up.Certain;
                    if (!certain && compared) break;
                    if (!ranges.TryGetValue((up.Parent, metric.Id), out var whole)) continue;
                    if (!wholes.TryGetValue(whole, out var wholeFigure)) wholes[whole] = wholeFigure = Figure(whole);
                    result.Add(new Comparison(metric, certain ? ComparisonKind.Includes : ComparisonKind.MayInclude, wholeFigure, partFigure ??= Figure(part)));
                    compared = true;
                    if (!certain) break;
                }
            }
        }
        return result;

        ComparedFigure Figure(IncidentRange r) => new(r.Incident, r.Range, r.Statements.Where(s => s.Range is not null).Select(model.QuotationOf).ToList(), r.ClaimIds);
        ComparedFigure StatementFigure(Incident incident, Statement s) => new(incident, s.Range!.Value, [model.QuotationOf(s)], s.FiguredClaimIds);
    }
}
