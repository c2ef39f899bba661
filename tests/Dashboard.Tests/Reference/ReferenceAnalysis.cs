using System.Text.Json;

namespace Dashboard.Tests.Reference;

/// <summary>
/// A second, plain reading of the analysis rules of ../shared/PRODUCT.md ("Analysis rules"),
/// written from the rules and not from the library: straight loops over the parsed dataset file,
/// no code shared with src/Dashboard/Analysis. It favours being obviously right over being fast
/// (every group walks the whole claim list). The agreement tests hold the analysed model to it.
/// </summary>
public sealed class ReferenceAnalysis
{
    /// <summary>The group kinds, by their wire names, in the order the totals are listed.</summary>
    public static readonly string[] GroupKinds = ["overall", "side", "source", "affected", "document"];

    /// <summary>The side wire names a source or a blame may hold.</summary>
    public static readonly string[] Sides = ["government", "sdf", "independent"];

    /// <summary>The blame wire names.</summary>
    public static readonly string[] Blames = ["government", "sdf", "not_stated"];

    /// <summary>One claim as the rules need it.</summary>
    public sealed record Claim(string Id, string Document, string Source, string Side, string Metric, string Incident, string Affected, string Blames, Interval? Range);

    /// <summary>
    /// What one source says about one metric of one incident, however many documents carry it, and
    /// the claim that quotes it: the first in the file from a document that renders none, or the
    /// first in the file when every document carrying it is a rendering.
    /// </summary>
    public sealed record Statement(string Source, string Metric, string Incident, Interval? Range, List<string> ClaimIds, List<string> Documents, int IndependentDocuments, Claim Quoted)
    {
        /// <summary>"source/metric/incident".</summary>
        public string Key => Source + "/" + Metric + "/" + Incident;
    }

    /// <summary>A total of one group's claims with a figure for one metric.</summary>
    public sealed record Total(string Group, string Key, string Metric, Interval Range, List<string> ClaimIds, int Documents, int IndependentDocuments, int Sources, int Statements);

    /// <summary>An incident's range for a metric over every claim with a figure.</summary>
    public sealed record IncidentRange(string Incident, string Metric, Interval Range, List<string> ClaimIds, List<string> Statements, string? ContainedBy, string? Link);

    /// <summary>
    /// Harm one side's sources blame on a side (or on no one named), for one metric, with the claims
    /// quoted for it: each statement's quotation where the statement has a figure with this blame,
    /// and for each statement with a mention of this blame, that mention (see <see cref="WorkOutAttribution"/>).
    /// </summary>
    public sealed record AttributionRow(string ClaimantSide, string Blamed, string Metric, Interval? Range, List<string> FigureClaimIds, List<string> MentionClaimIds, List<string> FigureQuotes, List<string> MentionQuotes);

    /// <summary>
    /// Two figures about the same people. For "same_incident", First and Second are statement keys
    /// ("source/metric/incident") in statement order; otherwise First is the whole and Second the
    /// part. The quotes are the claims quoting each figure, one per statement with a figure.
    /// </summary>
    public sealed record Comparison(string Kind, string Metric, string First, string Second, Interval FirstRange, Interval SecondRange, bool Conflict, double Gap, Interval? IfInside, Interval? IfOutside, List<string> FirstQuotes, List<string> SecondQuotes);

    private readonly Dictionary<string, string?> _renderingOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sideOf = new(StringComparer.Ordinal);
    private readonly List<string> _metrics = [];
    private readonly Dictionary<string, bool> _additive = new(StringComparer.Ordinal);
    private readonly List<string> _incidents = [];
    // Each incident's container and whether the link is "includes" (true) or "may_include" (false).
    private readonly Dictionary<string, (string Parent, bool Certain)> _parent = new(StringComparer.Ordinal);

    /// <summary>Every claim, in file order.</summary>
    public List<Claim> Claims { get; } = [];

    /// <summary>Every statement, by metric (file order), then source id, then incident id.</summary>
    public List<Statement> Statements { get; } = [];

    /// <summary>
    /// Every total: each group kind, key and metric with at least one claim with a figure; by group
    /// kind, then key (sides and affected groups in vocabulary order, sources and documents by id),
    /// then metric.
    /// </summary>
    public List<Total> Totals { get; } = [];

    /// <summary>Every incident range: each incident and metric with a claim with a figure; by metric, then incident id.</summary>
    public List<IncidentRange> IncidentRanges { get; } = [];

    /// <summary>Every attribution row: by claimant side, then blamed, then metric.</summary>
    public List<AttributionRow> Attribution { get; } = [];

    /// <summary>
    /// Every comparison of figures about the same people. Per metric: first the pairs of
    /// statements of each incident (incidents in file order), then each incident's walk up its
    /// containers (incidents in file order).
    /// </summary>
    public List<Comparison> Comparisons { get; } = [];

    /// <summary>How many claims each source makes and each document carries (those with none left out).</summary>
    public SortedDictionary<string, int> ClaimsPerSource { get; } = new(StringComparer.Ordinal);

    /// <inheritdoc cref="ClaimsPerSource"/>
    public SortedDictionary<string, int> ClaimsPerDocument { get; } = new(StringComparer.Ordinal);

    /// <summary>How many claims name each incident as their own (those with none left out).</summary>
    public SortedDictionary<string, int> ClaimsPerIncident { get; } = new(StringComparer.Ordinal);

    /// <summary>The affected groups in vocabulary order.</summary>
    public static readonly string[] AffectedGroups = ["civilians", "government_forces", "sdf_forces", "civil_defense", "mixed", "unspecified"];

    /// <summary>The metric ids, in file order.</summary>
    public IReadOnlyList<string> Metrics => _metrics;

    /// <summary>Reads a dataset file's text and works everything out.</summary>
    public static ReferenceAnalysis Of(string json)
    {
        var r = new ReferenceAnalysis();
        using (var doc = JsonDocument.Parse(json))
        {
            r.Read(doc.RootElement);
        }
        r.WorkOutStatements();
        r.WorkOutTotals();
        r.WorkOutIncidentRanges();
        r.WorkOutAttribution();
        r.WorkOutComparisons();
        return r;
    }

    /// <summary>The total for a group kind, key and metric, or null when the group has no figure for it.</summary>
    public Total? TotalOf(string group, string key, string metric)
    {
        foreach (var t in Totals)
        {
            if (t.Group == group && t.Key == key && t.Metric == metric) return t;
        }
        return null;
    }

    // ---------------------------------------------------------------- reading

    private void Read(JsonElement root)
    {
        foreach (var d in root.GetProperty("documents").EnumerateArray())
        {
            string? original = null;
            if (d.TryGetProperty("rendering_of", out var r) && r.ValueKind == JsonValueKind.String) original = r.GetString();
            _renderingOf[d.GetProperty("id").GetString()!] = original;
        }
        foreach (var s in root.GetProperty("sources").EnumerateArray())
        {
            _sideOf[s.GetProperty("id").GetString()!] = s.GetProperty("side").GetString()!;
        }
        foreach (var m in root.GetProperty("metrics").EnumerateArray())
        {
            var id = m.GetProperty("id").GetString()!;
            _metrics.Add(id);
            _additive[id] = m.GetProperty("additive").GetBoolean();
        }
        foreach (var i in root.GetProperty("incidents").EnumerateArray())
        {
            var id = i.GetProperty("id").GetString()!;
            _incidents.Add(id);
            if (i.TryGetProperty("includes", out var inc) && inc.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in inc.EnumerateArray()) _parent[child.GetString()!] = (id, true);
            }
            if (i.TryGetProperty("may_include", out var may) && may.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in may.EnumerateArray()) _parent[child.GetString()!] = (id, false);
            }
        }
        foreach (var c in root.GetProperty("claims").EnumerateArray())
        {
            var source = c.GetProperty("source").GetString()!;
            Claims.Add(new Claim(
                c.GetProperty("id").GetString()!,
                c.GetProperty("document").GetString()!,
                source,
                _sideOf[source],
                c.GetProperty("metric").GetString()!,
                c.GetProperty("incident").GetString()!,
                c.GetProperty("affected").GetString()!,
                c.TryGetProperty("blames", out var b) ? b.GetString()! : "not_stated",
                RangeOf(c)));
            var added = Claims[^1];
            ClaimsPerSource[added.Source] = ClaimsPerSource.GetValueOrDefault(added.Source) + 1;
            ClaimsPerDocument[added.Document] = ClaimsPerDocument.GetValueOrDefault(added.Document) + 1;
            ClaimsPerIncident[added.Incident] = ClaimsPerIncident.GetValueOrDefault(added.Incident) + 1;
        }
    }

    /// <summary>exact/about → [v, v]; more_than/at_least → [v, open); up_to → [0, v]; vague → [low, high or open); unquantified → none.</summary>
    private static Interval? RangeOf(JsonElement claim)
    {
        var qualifier = claim.GetProperty("qualifier").GetString();
        if (qualifier == "unquantified") return null;
        if (qualifier == "vague")
        {
            var low = claim.GetProperty("low").GetDouble();
            double? high = null;
            if (claim.TryGetProperty("high", out var h) && h.ValueKind == JsonValueKind.Number) high = h.GetDouble();
            return new Interval(low, high);
        }
        var v = claim.GetProperty("value").GetDouble();
        if (qualifier == "exact" || qualifier == "about") return new Interval(v, v);
        if (qualifier == "more_than") return new Interval(v, null) { LowExcluded = true };
        if (qualifier == "at_least") return new Interval(v, null);
        if (qualifier == "up_to") return new Interval(0, v);
        throw new InvalidOperationException("unknown qualifier " + qualifier);
    }

    // ---------------------------------------------------------------- statements

    private void WorkOutStatements()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var first in Claims)
        {
            var key = first.Source + "/" + first.Metric + "/" + first.Incident;
            if (!seen.Add(key)) continue;
            var ids = new List<string>();
            var documents = new List<string>();
            Interval? range = null;
            foreach (var c in Claims)
            {
                if (c.Source != first.Source || c.Metric != first.Metric || c.Incident != first.Incident) continue;
                ids.Add(c.Id);
                if (!documents.Contains(c.Document)) documents.Add(c.Document);
                if (c.Range is { } r) range = range is { } sofar ? sofar.Hull(r) : r;
            }
            ids.Sort(StringComparer.Ordinal);
            documents.Sort(StringComparer.Ordinal);
            Claim? quoted = null;
            foreach (var c in Claims)
            {
                if (c.Source == first.Source && c.Metric == first.Metric && c.Incident == first.Incident && _renderingOf[c.Document] is null)
                {
                    quoted = c;
                    break;
                }
            }
            Statements.Add(new Statement(first.Source, first.Metric, first.Incident, range, ids, documents, IndependentAmong(documents), quoted ?? first));
        }
        Statements.Sort((a, b) =>
        {
            var byMetric = _metrics.IndexOf(a.Metric).CompareTo(_metrics.IndexOf(b.Metric));
            if (byMetric != 0) return byMetric;
            var bySource = string.CompareOrdinal(a.Source, b.Source);
            return bySource != 0 ? bySource : string.CompareOrdinal(a.Incident, b.Incident);
        });
    }

    /// <summary>
    /// How many separate witnesses these documents are: a translation is not a second witness, so
    /// each document stands for the article it ultimately renders (following rendering_of to its
    /// end), and each article counts once. Two renderings of one original count once even where
    /// the original itself is not among them, and so does a rendering of a rendering.
    /// </summary>
    private int IndependentAmong(List<string> documents)
    {
        var originals = new List<string>();
        foreach (var d in documents)
        {
            var at = d;
            while (_renderingOf[at] is { } up) at = up;
            if (!originals.Contains(at)) originals.Add(at);
        }
        return originals.Count;
    }

    // ---------------------------------------------------------------- totals

    private static string KeyIn(string group, Claim c) => group switch
    {
        "overall" => "all",
        "side" => c.Side,
        "source" => c.Source,
        "affected" => c.Affected,
        _ => c.Document,
    };

    private void WorkOutTotals()
    {
        foreach (var group in GroupKinds)
        {
            var keys = new List<string>();
            foreach (var c in Claims)
            {
                var key = KeyIn(group, c);
                if (!keys.Contains(key)) keys.Add(key);
            }
            keys.Sort((a, b) => group switch
            {
                "side" => Array.IndexOf(Sides, a).CompareTo(Array.IndexOf(Sides, b)),
                "affected" => Array.IndexOf(AffectedGroups, a).CompareTo(Array.IndexOf(AffectedGroups, b)),
                _ => string.CompareOrdinal(a, b),
            });
            foreach (var key in keys)
            {
                foreach (var metric in _metrics)
                {
                    var members = new List<Claim>();
                    foreach (var c in Claims)
                    {
                        if (c.Range is not null && c.Metric == metric && KeyIn(group, c) == key) members.Add(c);
                    }
                    if (members.Count > 0) Totals.Add(TotalOver(group, key, metric, members));
                }
            }
        }
    }

    /// <summary>The total of some claims with a figure, all of one metric, with its provenance counts.</summary>
    private Total TotalOver(string group, string key, string metric, List<Claim> members)
    {
        var ids = new List<string>();
        var documents = new List<string>();
        var sources = new List<string>();
        var statements = new List<string>();
        foreach (var c in members)
        {
            ids.Add(c.Id);
            if (!documents.Contains(c.Document)) documents.Add(c.Document);
            if (!sources.Contains(c.Source)) sources.Add(c.Source);
            var statement = c.Source + "/" + c.Metric + "/" + c.Incident;
            if (!statements.Contains(statement)) statements.Add(statement);
        }
        ids.Sort(StringComparer.Ordinal);
        var range = _additive[metric] ? Sum(members) : Spread(members);
        return new Total(group, key, metric, range, ids, documents.Count, IndependentAmong(documents), sources.Count, statements.Count);
    }

    /// <summary>A non-additive metric (a percentage): the lowest low to the highest high, never a sum.</summary>
    private static Interval Spread(List<Claim> members)
    {
        var range = members[0].Range!.Value;
        foreach (var c in members) range = range.Hull(c.Range!.Value);
        return range;
    }

    /// <summary>
    /// An additive metric: each incident's own range over the members (lowest low, highest high),
    /// folded into its nearest present ancestor under the containment rules, and the roots added.
    /// </summary>
    private Interval Sum(List<Claim> members)
    {
        var own = new Dictionary<string, Interval>(StringComparer.Ordinal);
        foreach (var c in members)
        {
            own[c.Incident] = own.TryGetValue(c.Incident, out var sofar) ? sofar.Hull(c.Range!.Value) : c.Range!.Value;
        }

        // Where each present incident hangs: its nearest present ancestor, and whether every link on
        // the way there is "includes". An incident with no present ancestor is a root.
        var children = new Dictionary<string, List<(string Child, bool Certain)>>(StringComparer.Ordinal);
        var roots = new List<string>();
        foreach (var incident in _incidents)
        {
            if (!own.ContainsKey(incident)) continue;
            var certain = true;
            string? attachTo = null;
            var at = incident;
            while (_parent.TryGetValue(at, out var link))
            {
                certain = certain && link.Certain;
                if (own.ContainsKey(link.Parent))
                {
                    attachTo = link.Parent;
                    break;
                }
                at = link.Parent;
            }
            if (attachTo is null)
            {
                roots.Add(incident);
            }
            else
            {
                if (!children.ContainsKey(attachTo)) children[attachTo] = [];
                children[attachTo].Add((incident, certain));
            }
        }

        var total = new Interval(0, 0);
        foreach (var root in roots) total += Fold(root, own, children).Whole;
        return total;
    }

    /// <summary>
    /// An incident together with everything hanging below it: the Whole subtree's range, and
    /// Outside, the ceiling of the parts that may lie outside this incident (parts behind a
    /// "may_include" link anywhere below it), which a container above must add to its own ceiling.
    /// </summary>
    private static (Interval Whole, double? Outside) Fold(string incident, Dictionary<string, Interval> own, Dictionary<string, List<(string Child, bool Certain)>> children)
    {
        var mine = own[incident];
        // Distinct incidents under one container are different harm, so their floors add.
        var parts = new Interval(0, 0);
        double? outside = 0;
        if (children.TryGetValue(incident, out var list))
        {
            foreach (var (child, certain) in list)
            {
                var (whole, o) = Fold(child, own, children);
                parts += whole;
                // A certain part adds nothing of its own, only what may lie outside it; a possible
                // part may lie wholly outside, so its whole ceiling is added.
                var adds = certain ? o : whole.High;
                outside = outside is null || adds is null ? null : outside + adds;
            }
        }
        // The container holds at least its own floor and at least its parts together.
        var (low, excluded) = Interval.BothFloors(mine.Low, mine.LowExcluded, parts.Low, parts.LowExcluded);
        double? high = mine.High is null || outside is null ? null : mine.High + outside;
        // A part claimed larger than its container lifts the container's ceiling to its floor.
        if (high is not null && high < low) high = low;
        return (new Interval(low, high) { LowExcluded = excluded }, outside);
    }

    // ---------------------------------------------------------------- incident ranges

    private void WorkOutIncidentRanges()
    {
        var byId = new List<string>(_incidents);
        byId.Sort(StringComparer.Ordinal);
        foreach (var metric in _metrics)
        {
            foreach (var incident in byId)
            {
                Interval? range = null;
                var ids = new List<string>();
                var statements = new List<string>();
                foreach (var c in Claims)
                {
                    if (c.Incident != incident || c.Metric != metric || c.Range is not { } r) continue;
                    range = range is { } sofar ? sofar.Hull(r) : r;
                    ids.Add(c.Id);
                    var statement = c.Source + "/" + c.Metric + "/" + c.Incident;
                    if (!statements.Contains(statement)) statements.Add(statement);
                }
                if (range is null) continue;
                ids.Sort(StringComparer.Ordinal);
                statements.Sort(StringComparer.Ordinal);
                string? parent = null, link = null;
                if (_parent.TryGetValue(incident, out var up))
                {
                    parent = up.Parent;
                    link = up.Certain ? "includes" : "may_include";
                }
                IncidentRanges.Add(new IncidentRange(incident, metric, range.Value, ids, statements, parent, link));
            }
        }
    }

    private Interval? IncidentRangeOf(string incident, string metric)
    {
        foreach (var r in IncidentRanges)
        {
            if (r.Incident == incident && r.Metric == metric) return r.Range;
        }
        return null;
    }

    // ---------------------------------------------------------------- attribution

    /// <summary>
    /// For each claimant side, blamed side and metric with a claim: the total of the claims with a
    /// figure, the mentions without one, and the words behind them. A statement is quoted under a
    /// blame as a figure when one of its claims with that blame has a figure; as a mention when
    /// one has none, by that mention (the statement's own quotation if it is one of them, otherwise
    /// the first of them by id from a document that renders none, otherwise the first by id).
    /// </summary>
    private void WorkOutAttribution()
    {
        foreach (var side in Sides)
        {
            foreach (var blamed in Blames)
            {
                foreach (var metric in _metrics)
                {
                    var figures = new List<Claim>();
                    var mentions = new List<string>();
                    foreach (var c in Claims)
                    {
                        if (c.Side != side || c.Blames != blamed || c.Metric != metric) continue;
                        if (c.Range is null) mentions.Add(c.Id);
                        else figures.Add(c);
                    }
                    if (figures.Count == 0 && mentions.Count == 0) continue;
                    mentions.Sort(StringComparer.Ordinal);
                    var total = figures.Count > 0 ? TotalOver("attribution", side + "/" + blamed, metric, figures) : null;
                    var figureQuotes = new List<string>();
                    var mentionQuotes = new List<string>();
                    foreach (var statement in Statements)
                    {
                        if (statement.Metric != metric || _sideOf[statement.Source] != side) continue;
                        var said = new List<Claim>();
                        var figured = false;
                        foreach (var c in Claims)
                        {
                            if (c.Source != statement.Source || c.Metric != metric || c.Incident != statement.Incident || c.Blames != blamed) continue;
                            if (c.Range is null) said.Add(c);
                            else figured = true;
                        }
                        if (figured) figureQuotes.Add(statement.Quoted.Id);
                        if (said.Count == 0) continue;
                        said.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
                        var quote = said.Contains(statement.Quoted) ? statement.Quoted : said.Find(c => _renderingOf[c.Document] is null) ?? said[0];
                        mentionQuotes.Add(quote.Id);
                    }
                    Attribution.Add(new AttributionRow(side, blamed, metric, total?.Range, total?.ClaimIds ?? [], mentions, figureQuotes, mentionQuotes));
                }
            }
        }
    }

    // ---------------------------------------------------------------- comparisons

    private static bool Overlap(Interval a, Interval b) =>
        (b.High is null || a.Low <= b.High) && (a.High is null || b.Low <= a.High);

    /// <summary>How far apart two ranges that do not overlap are; 0 when they overlap.</summary>
    private static double Gap(Interval a, Interval b)
    {
        if (Overlap(a, b)) return 0;
        // They do not overlap, so the lower one has a ceiling below the other's floor.
        return a.High is { } ah && ah < b.Low ? b.Low - ah : a.Low - b.High!.Value;
    }

    /// <summary>The statements with a figure about one incident and metric, in statement order.</summary>
    private List<Statement> FiguredStatements(string incident, string metric)
    {
        var figured = new List<Statement>();
        foreach (var s in Statements)
        {
            if (s.Incident == incident && s.Metric == metric && s.Range is not null) figured.Add(s);
        }
        return figured;
    }

    private List<string> QuotesOf(string incident, string metric)
    {
        var quotes = new List<string>();
        foreach (var s in FiguredStatements(incident, metric)) quotes.Add(s.Quoted.Id);
        return quotes;
    }

    private void WorkOutComparisons()
    {
        foreach (var metric in _metrics)
        {
            // (a) Statements with a figure about one incident: every pair.
            foreach (var incident in _incidents)
            {
                var figured = FiguredStatements(incident, metric);
                for (var i = 0; i < figured.Count; i++)
                {
                    for (var j = i + 1; j < figured.Count; j++)
                    {
                        var (a, b) = (figured[i], figured[j]);
                        var (ra, rb) = (a.Range!.Value, b.Range!.Value);
                        Comparisons.Add(new Comparison("same_incident", metric, a.Key, b.Key, ra, rb, !Overlap(ra, rb), Gap(ra, rb), null, null, [a.Quoted.Id], [b.Quoted.Id]));
                    }
                }
            }

            // (b) and (c) An incident with a figure and the containers it is compared with.
            foreach (var part in _incidents)
            {
                if (IncidentRangeOf(part, metric) is not { } p) continue;
                var certain = true;
                var compared = false;
                var at = part;
                while (_parent.TryGetValue(at, out var link))
                {
                    certain = certain && link.Certain;
                    if (compared && !certain) break;
                    at = link.Parent;
                    if (IncidentRangeOf(at, metric) is not { } w) continue;
                    if (certain)
                    {
                        var conflict = w.High is { } wh && wh < p.Low;
                        Comparisons.Add(new Comparison("includes", metric, at, part, w, p, conflict, conflict ? p.Low - w.High!.Value : 0, null, null, QuotesOf(at, metric), QuotesOf(part, metric)));
                    }
                    else
                    {
                        // Inside, the whole holds its own floor and the part's; outside, the two add.
                        var (low, excluded) = Interval.BothFloors(w.Low, w.LowExcluded, p.Low, p.LowExcluded);
                        Interval? inside = w.High is { } wh && wh < p.Low ? null : new Interval(low, w.High) { LowExcluded = excluded };
                        Comparisons.Add(new Comparison("may_include", metric, at, part, w, p, false, 0, inside, w + p, QuotesOf(at, metric), QuotesOf(part, metric)));
                        break;
                    }
                    compared = true;
                }
            }
        }
    }
}
