using Dashboard.Model;

namespace Dashboard.Analysis;

/// <summary>
/// The nesting of incidents (a three-day toll that may include a day-one attack) and the sum rule
/// that uses it, so no group total counts the same people twice or hides that it might.
/// Incidents are addressed by their position in the dataset, so sums need no string hashing.
/// </summary>
public sealed class Containment
{
    private readonly int[] _parent;
    private readonly bool[] _certain;
    private readonly Dictionary<string, int> _index;
    private readonly IReadOnlyList<Incident> _incidents;

    /// <summary>Reads includes / may_include; the validator has made sure they form a forest.</summary>
    public Containment(IReadOnlyList<Incident> incidents)
    {
        _incidents = incidents;
        _index = new Dictionary<string, int>(incidents.Count, StringComparer.Ordinal);
        for (var i = 0; i < incidents.Count; i++) _index[incidents[i].Id] = i;
        _parent = new int[incidents.Count];
        _certain = new bool[incidents.Count];
        Array.Fill(_parent, -1);
        for (var i = 0; i < incidents.Count; i++)
        {
            foreach (var child in incidents[i].Includes) (_parent[_index[child]], _certain[_index[child]]) = (i, true);
            foreach (var child in incidents[i].MayInclude) (_parent[_index[child]], _certain[_index[child]]) = (i, false);
        }
    }

    /// <summary>How many incidents there are.</summary>
    public int Count => _parent.Length;

    /// <summary>The position of an incident in the dataset.</summary>
    public int IndexOf(string incident) => _index[incident];

    /// <summary>The incident directly containing <paramref name="incident"/>, and whether it certainly does.</summary>
    public (string Parent, bool Certain)? ParentOf(string incident) => ParentOf(_index[incident]);

    /// <summary>The incident directly containing the incident at position <paramref name="incident"/>, and whether it certainly does.</summary>
    public (string Parent, bool Certain)? ParentOf(int incident) =>
        _parent[incident] < 0 ? null : (_incidents[_parent[incident]].Id, _certain[incident]);

    /// <summary>The position of the incident directly containing the one at <paramref name="incident"/> (-1 for none), and whether it certainly does.</summary>
    internal (int Parent, bool Certain) Up(int incident) => (_parent[incident], _certain[incident]);

    /// <summary>
    /// Sums the incident ranges gathered in <paramref name="ws"/>. Where C includes S, S adds
    /// nothing beyond C: [max(low C, low S), high C]. Where C may include S, the range covers both
    /// readings: [max(low C, low S), high C + high S]. A chain counts as "includes" only when every
    /// link is: where C includes S and S may include T, T's high is added to C's ceiling. An
    /// incident absent from the group passes its children up to the nearest present ancestor
    /// ("may" if any link on the way is "may"), so a claim about S neither adds nor removes T.
    /// </summary>
    internal FigureRange Sum(SumWorkspace ws)
    {
        var token = ws.Token;
        ws.Roots.Clear();
        foreach (var p in ws.Present)
        {
            var certain = true;
            var ancestor = -1;
            for (var at = p; _parent[at] >= 0; at = _parent[at])
            {
                certain &= _certain[at];
                if (ws.Stamp[_parent[at]] == token)
                {
                    ancestor = _parent[at];
                    break;
                }
            }
            if (ancestor < 0)
            {
                ws.Roots.Add(p);
                continue;
            }
            if (ws.HeadStamp[ancestor] != token)
            {
                ws.HeadStamp[ancestor] = token;
                ws.ChildHead[ancestor] = -1;
            }
            ws.Next[p] = ws.ChildHead[ancestor];
            ws.ChildHead[ancestor] = p;
            ws.CertainLink[p] = certain;
        }

        var total = new FigureRange(0, 0);
        foreach (var root in ws.Roots) total += Combined(root, ws);
        return total;
    }

    /// <summary>A node with everything nested under it, bottom-up without recursion (nesting may be deep).</summary>
    private static FigureRange Combined(int root, SumWorkspace ws)
    {
        var token = ws.Token;
        ws.Stack.Clear();
        ws.Stack.Push((root, false));
        while (ws.Stack.Count > 0)
        {
            var (node, expanded) = ws.Stack.Pop();
            var hasChildren = ws.HeadStamp[node] == token;
            if (!expanded && hasChildren)
            {
                ws.Stack.Push((node, true));
                for (var c = ws.ChildHead[node]; c >= 0; c = ws.Next[c]) ws.Stack.Push((c, false));
                continue;
            }
            var own = ws.Own[node];
            if (!hasChildren)
            {
                ws.Result[node] = own;
                ws.Outside[node] = 0;
                continue;
            }
            var all = new FigureRange(0, 0);
            // What may lie outside this node: a child it may include, whole; and, from a child it
            // certainly includes, only what may lie outside that child (C includes S, S may include
            // T: T may lie outside C too). A chain is certain only when every link is.
            double? outside = 0;
            for (var c = ws.ChildHead[node]; c >= 0; c = ws.Next[c])
            {
                all += ws.Result[c];
                var part = ws.CertainLink[c] ? ws.Outside[c] : ws.Result[c].High;
                outside = outside is { } o && part is { } q ? o + q : null;
            }
            var (low, exclusive) = FigureRange.HigherFloor(own, all);
            double? high = own.High is { } h && outside is { } p ? h + p : null;
            // A part claimed larger than its whole is a contradiction between sources; keep low <= high
            // by letting the larger part set the floor and the ceiling.
            if (high is { } bounded && bounded < low) high = low;
            ws.Result[node] = new FigureRange(low, high) { LowExclusive = exclusive };
            ws.Outside[node] = outside;
        }
        return ws.Result[root];
    }
}

/// <summary>Scratch arrays for one analysis, reused by every group total (stamped, never cleared).</summary>
internal sealed class SumWorkspace(int incidents)
{
    public int Token;
    public readonly int[] Stamp = new int[incidents];
    public readonly FigureRange[] Own = new FigureRange[incidents];
    public readonly FigureRange[] Result = new FigureRange[incidents];
    /// <summary>Per node, the most its subtree may hold beyond the node's own figure (null: unbounded).</summary>
    public readonly double?[] Outside = new double?[incidents];
    public readonly int[] HeadStamp = new int[incidents];
    public readonly int[] ChildHead = new int[incidents];
    public readonly int[] Next = new int[incidents];
    public readonly bool[] CertainLink = new bool[incidents];
    public readonly List<int> Present = [];
    public readonly List<int> Roots = [];
    public readonly Stack<(int Node, bool Expanded)> Stack = new();
}
