using Dashboard.Model;

namespace Dashboard.Analysis;

/// <summary>
/// The nesting of incidents (a three-day toll that may include a day-one attack) and the sum rule
/// that uses it, so no group total counts the same people twice or hides that it might.
/// </summary>
public sealed class Containment
{
    private readonly Dictionary<string, (string Parent, bool Certain)> _parentOf = new(StringComparer.Ordinal);

    /// <summary>Reads includes / may_include; the validator has made sure they form a forest.</summary>
    public Containment(IEnumerable<Incident> incidents)
    {
        foreach (var incident in incidents)
        {
            foreach (var child in incident.Includes) _parentOf[child] = (incident.Id, true);
            foreach (var child in incident.MayInclude) _parentOf[child] = (incident.Id, false);
        }
    }

    /// <summary>The incident directly containing <paramref name="incident"/>, and whether it certainly does.</summary>
    public (string Parent, bool Certain)? ParentOf(string incident) =>
        _parentOf.TryGetValue(incident, out var p) ? p : null;

    /// <summary>
    /// Sums per-incident ranges of one group into a total. Where C includes S, S adds nothing
    /// beyond C: [max(low C, low S), high C]. Where C may include S, the range covers both readings:
    /// [max(low C, low S), high C + high S]. An incident absent from the group passes its children
    /// up to the nearest present ancestor ("may" if any link on the way is "may").
    /// </summary>
    public FigureRange Sum(IReadOnlyDictionary<string, FigureRange> incidentRanges)
    {
        var children = new Dictionary<string, List<(string Child, bool Certain)>>(StringComparer.Ordinal);
        var roots = new List<string>();
        foreach (var incident in incidentRanges.Keys.Order(StringComparer.Ordinal))
        {
            var certain = true;
            string? ancestor = null;
            for (var at = incident; _parentOf.TryGetValue(at, out var up); at = up.Parent)
            {
                certain &= up.Certain;
                if (incidentRanges.ContainsKey(up.Parent))
                {
                    ancestor = up.Parent;
                    break;
                }
            }
            if (ancestor is null) roots.Add(incident);
            else (children.TryGetValue(ancestor, out var list) ? list : children[ancestor] = []).Add((incident, certain));
        }

        var total = new FigureRange(0, 0);
        foreach (var root in roots) total += Combined(root, incidentRanges, children);
        return total;
    }

    private static FigureRange Combined(string node, IReadOnlyDictionary<string, FigureRange> ranges, Dictionary<string, List<(string Child, bool Certain)>> children)
    {
        var own = ranges[node];
        if (!children.TryGetValue(node, out var kids)) return own;
        var all = new FigureRange(0, 0);
        var possible = new FigureRange(0, 0);
        foreach (var (child, certain) in kids)
        {
            var inner = Combined(child, ranges, children);
            all += inner;
            if (!certain) possible += inner;
        }
        var low = Math.Max(own.Low, all.Low);
        double? high = own.High is { } h && possible.High is { } p ? h + p : null;
        // A part claimed larger than its whole is a contradiction between sources; keep low <= high
        // by letting the larger part set the floor and the ceiling.
        if (high is { } bounded && bounded < low) high = low;
        return new FigureRange(low, high);
    }
}
