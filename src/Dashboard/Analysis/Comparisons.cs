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
internal static class Comparisons
{
    /// <summary>
    /// Pairs in metric order; within a metric, by incident order in the dataset. Ranges and
    /// incidents are addressed by position: <paramref name="layout"/> says where each range's
    /// statements are, and <paramref name="quotationOf"/> quotes the statement at a position.
    /// </summary>
    public static IReadOnlyList<Comparison> Of(Dataset dataset, Containment containment, IReadOnlyList<IncidentRange> ranges, AnalysedModel.RangeLayout layout, Func<int, Quotation> quotationOf)
    {
        var incidentCount = dataset.Incidents.Length;
        // The range of each (metric, incident), or -1: walking it in incident order is walking the dataset's order.
        var rangeOf = new int[dataset.Metrics.Length * incidentCount];
        Array.Fill(rangeOf, -1);
        for (var r = 0; r < ranges.Count; r++) rangeOf[layout.Metric[r] * incidentCount + layout.Incident[r]] = r;
        // A whole is compared with each of its parts, and a part with each of its wholes: each
        // range's figure is made once and shared, as is each statement's within its range.
        var figures = new ComparedFigure?[ranges.Count];

        var result = new List<Comparison>();
        for (var m = 0; m < dataset.Metrics.Length; m++)
        {
            var metric = dataset.Metrics[m];
            var row = m * incidentCount;
            for (var i = 0; i < incidentCount; i++)
            {
                // Statements of one incident: every pair.
                var r = rangeOf[row + i];
                if (r < 0 || ranges[r].Statements.Count < 2) continue;
                var statements = new List<ComparedFigure>(ranges[r].Statements.Count);
                for (var k = layout.From[r]; k < layout.From[r + 1]; k++)
                {
                    var s = ranges[r].Statements[k - layout.From[r]];
                    statements.Add(new ComparedFigure(ranges[r].Incident, s.Range!.Value, [quotationOf(layout.StatementAt[k])], s.FiguredClaimIds));
                }
                for (var a = 0; a < statements.Count; a++)
                {
                    for (var b = a + 1; b < statements.Count; b++)
                    {
                        result.Add(new Comparison(metric, ComparisonKind.SameIncident, statements[a], statements[b]));
                    }
                }
            }
            for (var i = 0; i < incidentCount; i++)
            {
                var part = rangeOf[row + i];
                if (part < 0) continue;
                // Up the chain: every ancestor with a figure reached through "includes" links only
                // is a certain whole. The first ancestor with a figure reached through a "may" link
                // gives a may-include pair and ends the walk; so does a "may" link above a whole
                // already compared, since that whole is compared with its own containers in turn.
                var certain = true;
                var compared = false;
                for (var (up, sure) = containment.Up(i); up >= 0; (up, sure) = containment.Up(up))
                {
                    certain &= sure;
                    if (!certain && compared) break;
                    var whole = rangeOf[row + up];
                    if (whole < 0) continue;
                    result.Add(new Comparison(metric, certain ? ComparisonKind.Includes : ComparisonKind.MayInclude, Figure(whole), Figure(part)));
                    compared = true;
                    if (!certain) break;
                }
            }
        }
        return result;

        ComparedFigure Figure(int r)
        {
            if (figures[r] is { } made) return made;
            var quotations = new List<Quotation>(layout.From[r + 1] - layout.From[r]);
            for (var k = layout.From[r]; k < layout.From[r + 1]; k++) quotations.Add(quotationOf(layout.StatementAt[k]));
            return figures[r] = new ComparedFigure(ranges[r].Incident, ranges[r].Range, quotations, ranges[r].ClaimIds);
        }
    }
}
