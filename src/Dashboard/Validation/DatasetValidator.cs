using System.Globalization;
using Dashboard.Loading;
using Dashboard.Model;

namespace Dashboard.Validation;

/// <summary>
/// The rules a dataset must meet beyond its field types. Each rule is one method, and its summary
/// is an example a curator can follow.
/// </summary>
public static class DatasetValidator
{
    /// <summary>Every problem of the rules below, for a dataset that loaded.</summary>
    public static List<Problem> Validate(Dataset dataset, SourceMap map)
    {
        var problems = new List<Problem>();
        var context = new Context(dataset, map, problems);
        // The claims' own rules read only the claim and the lookups: they run on another core while
        // the ids are checked for duplicates (a million claims: two passes of a second or so), and
        // their problems join the list where the claim loop's always stood.
        var claimProblems = new List<Problem>();
        var claimRules = Task.Run(() =>
        {
            var claims = context with { Problems = claimProblems };
            for (var i = 0; i < dataset.Claims.Length; i++)
            {
                ClaimReferences(claims, i);
                ClaimFigure(claims, i);
            }
        });
        UniqueIds(context);
        RequiredMetricsPresent(context);
        DocumentReferences(context);
        claimRules.GetAwaiter().GetResult();
        problems.AddRange(claimProblems);
        ContainmentIsAForest(context);
        ArabicBesideEnglish(context);
        Contentions(context);
        return problems;
    }

    /// <summary>
    /// Ids are unique within each collection: two claims both called "000-health-killed" cannot be
    /// told apart in the report.
    /// </summary>
    private static void UniqueIds(Context c)
    {
        Unique(c, "documents", c.Dataset.Documents.Select(d => d.Id));
        Unique(c, "sources", c.Dataset.Sources.Select(s => s.Id));
        Unique(c, "metrics", c.Dataset.Metrics.Select(m => m.Id));
        Unique(c, "incidents", c.Dataset.Incidents.Select(i => i.Id));
        Unique(c, "claims", c.Dataset.Claims.Select(x => x.Id));
        Unique(c, "contentions", c.Dataset.Contentions.Select(x => x.Id));
    }

    /// <summary>The six metrics the report has a tile for are defined: killed, injured, displaced_people, ...</summary>
    private static void RequiredMetricsPresent(Context c)
    {
        foreach (var id in Vocabulary.RequiredMetrics.Where(id => !c.Metrics.ContainsKey(id) && !c.Map.IsIncomplete("metrics", id)))
        {
            c.Problems.Add(c.Map.ProblemAtRoot("$.metrics", $"required metric '{id}' is not defined"));
        }
    }

    /// <summary>
    /// A document's rendering_of names another document of the dataset, and following rendering_of
    /// never comes back to where it started: 003 renders 000, and 000 renders nothing.
    /// </summary>
    private static void DocumentReferences(Context c)
    {
        for (var i = 0; i < c.Dataset.Documents.Length; i++)
        {
            var d = c.Dataset.Documents[i];
            if (d.RenderingOf is not { } other) continue;
            if (other == d.Id)
            {
                c.Problems.Add(c.Map.ProblemAt("documents", i, "rendering_of", $"document '{other}' cannot be a rendering of itself"));
            }
            else if (!c.Documents.ContainsKey(other))
            {
                if (!c.Map.IsIncomplete("documents", other)) c.Problems.Add(c.Map.ProblemAt("documents", i, "rendering_of", $"unknown document '{other}'"));
            }
            else
            {
                var seen = new HashSet<string>(StringComparer.Ordinal) { d.Id };
                for (var at = other; c.Documents.TryGetValue(at, out var next) && next.RenderingOf is { } up; at = up)
                {
                    if (up == d.Id)
                    {
                        c.Problems.Add(c.Map.ProblemAt("documents", i, "rendering_of", $"document '{d.Id}' renders itself through a cycle of rendering_of"));
                        break;
                    }
                    if (!seen.Add(up)) break;
                }
            }
        }
    }

    /// <summary>A claim's document, source, metric and incident are ids defined in the dataset.</summary>
    private static void ClaimReferences(Context c, int i)
    {
        var claim = c.Dataset.Claims[i];
        Reference(c, i, "document", "documents", claim.Document, c.Documents.ContainsKey(claim.Document));
        Reference(c, i, "source", "sources", claim.Source, c.Sources.ContainsKey(claim.Source));
        Reference(c, i, "metric", "metrics", claim.Metric, c.Metrics.ContainsKey(claim.Metric));
        Reference(c, i, "incident", "incidents", claim.Incident, c.Incidents.ContainsKey(claim.Incident));
    }

    /// <summary>
    /// A figure fits its qualifier and unit: "exact" needs a value; "vague" needs a low and no value;
    /// low and high belong to vague claims only, with low &lt;= high; counts are whole, not negative
    /// and no larger than the world's population (<see cref="Bounds.MaxCount"/>); percentages lie in 0..100.
    /// </summary>
    private static void ClaimFigure(Context c, int i)
    {
        var claim = c.Dataset.Claims[i];
        var q = claim.Qualifier.Wire();
        if (claim.Qualifier == Qualifier.Unquantified)
        {
            if (claim.Value is { } v) c.Report(i, "value", $"an unquantified claim mentions harm with no number, so its value is null (found {Show(v)}); a number makes it 'exact' or another qualifier");
            if (claim.Low is { } low) c.Report(i, "low", $"'low' ({Show(low)}) applies only to vague claims; this one is 'unquantified'");
            if (claim.High is { } high) c.Report(i, "high", $"'high' ({Show(high)}) applies only to vague claims; this one is 'unquantified'");
        }
        else if (claim.Qualifier == Qualifier.Vague)
        {
            if (claim.Value is { } v) c.Report(i, "value", $"a vague claim has no value ({Show(v)}): put its bounds in 'low' and 'high'");
            if (claim.Low is null) c.Report(i, "low", "a vague claim needs a number in 'low' (e.g. 20 for \"dozens\"; see data/README.md)");
            if (claim.Low is { } low && claim.High is { } high && low > high) c.Report(i, "low", $"low {Show(low)} is greater than high {Show(high)}");
        }
        else
        {
            if (claim.Value is null) c.Report(i, "value", $"qualifier '{q}' needs a number in 'value'; a figure given in words is 'vague' with a 'low'");
            if (claim.Low is { } low) c.Report(i, "low", $"'low' ({Show(low)}) applies only to vague claims; this one is '{q}'");
            if (claim.High is { } high) c.Report(i, "high", $"'high' ({Show(high)}) applies only to vague claims; this one is '{q}'");
        }

        if (!c.Metrics.TryGetValue(claim.Metric, out var metric)) return;
        InRange("value", claim.Value);
        InRange("low", claim.Low);
        InRange("high", claim.High);

        void InRange(string field, double? number)
        {
            if (number is not { } n) return;
            if (metric.Unit == Unit.Percent)
            {
                if (n is < 0 or > 100) c.Report(i, field, $"percentage {Show(n)} is outside 0..100");
            }
            else if (n < 0)
            {
                c.Report(i, field, $"negative count {Show(n)} for metric '{metric.Id}'");
            }
            else if (n != Math.Floor(n))
            {
                c.Report(i, field, $"fractional count {Show(n)}: metric '{metric.Id}' counts whole {metric.Unit.Wire()}");
            }
            else if (n > Bounds.MaxCount)
            {
                c.Report(i, field, string.Create(CultureInfo.InvariantCulture,
                    $"implausible count {Show(n)} for metric '{metric.Id}': no count can exceed {Bounds.MaxCount:N0}, the world's population (data/README.md)"));
            }
        }
    }

    /// <summary>
    /// includes / may_include name other incidents; no incident contains itself, directly or round a
    /// cycle; and each incident sits inside at most one other, so nesting is a tree and no harm is
    /// subtracted twice (nest deeper instead: a toll that may include A, which may include B).
    /// </summary>
    private static void ContainmentIsAForest(Context c)
    {
        var parentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Dataset.Incidents.Length; i++)
        {
            var incident = c.Dataset.Incidents[i];
            foreach (var (field, children) in new[] { ("includes", incident.Includes), ("may_include", incident.MayInclude) })
            {
                for (var k = 0; k < children.Length; k++)
                {
                    var child = children[k];
                    if (child == incident.Id)
                    {
                        c.Problems.Add(c.Map.ProblemAt("incidents", i, field, $"incident '{child}' cannot contain itself", k));
                    }
                    else if (!c.Incidents.ContainsKey(child))
                    {
                        if (!c.Map.IsIncomplete("incidents", child))
                            c.Problems.Add(c.Map.ProblemAt("incidents", i, field, $"unknown incident '{child}'", k));
                    }
                    else if (parentOf.TryGetValue(child, out var parent))
                    {
                        var where = parent == incident.Id ? "this incident already" : $"incident '{parent}' already";
                        c.Problems.Add(c.Map.ProblemAt("incidents", i, field, $"incident '{child}' is contained twice: {where} contains it", k));
                    }
                    else
                    {
                        parentOf[child] = incident.Id;
                    }
                }
            }
        }
        for (var i = 0; i < c.Dataset.Incidents.Length; i++)
        {
            var start = c.Dataset.Incidents[i].Id;
            var seen = new HashSet<string>(StringComparer.Ordinal) { start };
            for (var at = start; parentOf.TryGetValue(at, out var up); at = up)
            {
                if (up == start)
                {
                    c.Problems.Add(c.Map.ProblemAt("incidents", i, "id", $"incident '{start}' contains itself through a cycle of includes/may_include"));
                    break;
                }
                if (!seen.Add(up)) break;
            }
        }
    }

    /// <summary>
    /// Every curator remark has its Arabic beside it, so the Arabic report never shows English
    /// prose: a claim, incident, document or contention with a <c>note</c> also has <c>note_ar</c>.
    /// </summary>
    private static void ArabicBesideEnglish(Context c)
    {
        for (var i = 0; i < c.Dataset.Documents.Length; i++)
        {
            var d = c.Dataset.Documents[i];
            if (d.Note is not null && d.NoteAr is null) c.Problems.Add(c.Map.ProblemAt("documents", i, "note", "a note needs its Arabic in 'note_ar' (the Arabic report shows no English prose)"));
        }
        for (var i = 0; i < c.Dataset.Incidents.Length; i++)
        {
            var d = c.Dataset.Incidents[i];
            if (d.Note is not null && d.NoteAr is null) c.Problems.Add(c.Map.ProblemAt("incidents", i, "note", "a note needs its Arabic in 'note_ar' (the Arabic report shows no English prose)"));
        }
        for (var i = 0; i < c.Dataset.Claims.Length; i++)
        {
            var d = c.Dataset.Claims[i];
            if (d.Note is not null && d.NoteAr is null) c.Report(i, "note", "a note needs its Arabic in 'note_ar' (the Arabic report shows no English prose)");
        }
        for (var i = 0; i < c.Dataset.Contentions.Length; i++)
        {
            var d = c.Dataset.Contentions[i];
            if (d.Note is not null && d.NoteAr is null) c.Problems.Add(c.Map.ProblemAt("contentions", i, "note", "a note needs its Arabic in 'note_ar' (the Arabic report shows no English prose)"));
        }
    }

    /// <summary>
    /// Each position of a contention names a source and a document of the dataset, and position ids
    /// are unique across all contentions: «ونفت قسد أي علاقة لها بالقصف» is the SDF's, in document 000.
    /// </summary>
    private static void Contentions(Context c)
    {
        var firstPosition = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < c.Dataset.Contentions.Length; i++)
        {
            var contention = c.Dataset.Contentions[i];
            for (var k = 0; k < contention.Positions.Length; k++)
            {
                var p = contention.Positions[k];
                if (!firstPosition.TryAdd(p.Id, contention.Id))
                    c.Problems.Add(c.Map.ProblemAt("contentions", i, "positions", k, "id", $"duplicate position id '{p.Id}' (first used in contention '{firstPosition[p.Id]}')"));
                if (!c.Sources.ContainsKey(p.Source) && !c.Map.IsIncomplete("sources", p.Source))
                    c.Problems.Add(c.Map.ProblemAt("contentions", i, "positions", k, "source", $"unknown source '{p.Source}'"));
                if (!c.Documents.ContainsKey(p.Document) && !c.Map.IsIncomplete("documents", p.Document))
                    c.Problems.Add(c.Map.ProblemAt("contentions", i, "positions", k, "document", $"unknown document '{p.Document}'"));
            }
        }
    }

    private static void Unique(Context c, string collection, IEnumerable<string> ids)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids)
        {
            if (first.TryGetValue(id, out var earlier))
            {
                var line = c.Map.ProblemAt(collection, earlier, "id", "").Line;
                c.Problems.Add(c.Map.ProblemAt(collection, index, "id", $"duplicate id '{id}' (first defined on line {line})"));
            }
            else
            {
                first[id] = index;
            }
            index++;
        }
    }

    private static void Reference(Context c, int claimIndex, string field, string collection, string id, bool exists)
    {
        if (!exists && !c.Map.IsIncomplete(collection, id))
        {
            c.Report(claimIndex, field, $"unknown {field} '{id}'");
        }
    }

    private static string Show(double n) => n.ToString("R", CultureInfo.InvariantCulture);

    /// <remarks>A record so that <c>with { Problems = ... }</c> shares the lookups (built once, only read) with a list of its own.</remarks>
    private sealed record Context(Dataset Dataset, SourceMap Map, List<Problem> Problems)
    {
        // First definition wins, so a duplicate id is reported once, not also as a conflict elsewhere.
        public Dictionary<string, Document> Documents { get; } = First(Dataset.Documents, d => d.Id);
        public Dictionary<string, Source> Sources { get; } = First(Dataset.Sources, s => s.Id);
        public Dictionary<string, Metric> Metrics { get; } = First(Dataset.Metrics, m => m.Id);
        public Dictionary<string, Incident> Incidents { get; } = First(Dataset.Incidents, i => i.Id);

        public void Report(int claimIndex, string field, string message) => Problems.Add(Map.ProblemAt("claims", claimIndex, field, message));

        private static Dictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> key)
        {
            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var item in items) map.TryAdd(key(item), item);
            return map;
        }
    }
}
