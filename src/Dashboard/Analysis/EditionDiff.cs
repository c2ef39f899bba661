using System.Globalization;
using Dashboard.Loading;
using Dashboard.Model;

namespace Dashboard.Analysis;

/// <summary>A headline figure that moved: a metric overall (side null) or for one side's sources.</summary>
/// <param name="Metric">The metric (as the new edition defines it, or the old one's if it is gone).</param>
/// <param name="Side">The side, or null for the overall figure.</param>
/// <param name="Before">The figure before, or null when there was none.</param>
/// <param name="After">The figure now, or null when there is none.</param>
/// <param name="MovedBy">Claims behind it that were added, removed or changed.</param>
public sealed record HeadlineChange(Metric Metric, Side? Side, FigureRange? Before, FigureRange? After, IReadOnlyList<string> MovedBy);

/// <summary>One field of a record, before and after, as the data file writes it.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>A claim present in both editions whose fields differ.</summary>
public sealed record ClaimChange(string Id, IReadOnlyList<FieldChange> Fields);

/// <summary>An incident present in both editions whose description, place or nesting differ.</summary>
public sealed record IncidentChange(string Id, IReadOnlyList<FieldChange> Fields);

/// <summary>A total whose range moved, with the claims and incidents that moved it.</summary>
/// <param name="Group">The kind of group.</param>
/// <param name="Key">Which group.</param>
/// <param name="Metric">The metric id.</param>
/// <param name="Before">The range before, or null when the group had no claim for the metric.</param>
/// <param name="After">The range now, or null.</param>
/// <param name="MovedBy">Claims of the total (before or after) that were added, removed or changed.</param>
/// <param name="Incidents">Incidents of those claims whose nesting or details changed.</param>
public sealed record TotalChange(GroupKind Group, string Key, string Metric, FigureRange? Before, FigureRange? After, IReadOnlyList<string> MovedBy, IReadOnlyList<string> Incidents)
{
    /// <summary>Wire name of the group kind, as in aggregates.json.</summary>
    public string GroupName => Group.Wire();
}

/// <summary>
/// What changed between two editions of the dataset: headline figures, claims, documents, sources,
/// incidents and every total that moved. Computed once here for the console, the JSON file, the
/// report's box and the workbook's Changes sheet.
/// </summary>
public sealed record EditionDiff(
    InputFile Previous, string? PreviousEdition, InputFile Current, string? CurrentEdition,
    IReadOnlyList<HeadlineChange> Headlines,
    IReadOnlyList<Claim> ClaimsAdded, IReadOnlyList<Claim> ClaimsRemoved, IReadOnlyList<ClaimChange> ClaimsChanged,
    IReadOnlyList<string> DocumentsAdded, IReadOnlyList<string> DocumentsRemoved,
    IReadOnlyList<string> SourcesAdded, IReadOnlyList<string> SourcesRemoved,
    IReadOnlyList<string> IncidentsAdded, IReadOnlyList<string> IncidentsRemoved, IReadOnlyList<IncidentChange> IncidentsChanged,
    IReadOnlyList<TotalChange> Totals)
{
    /// <summary>True when the two editions hold the same figures, records and totals.</summary>
    public bool IsEmpty => Headlines.Count == 0 && ClaimsAdded.Count == 0 && ClaimsRemoved.Count == 0 && ClaimsChanged.Count == 0
        && DocumentsAdded.Count == 0 && DocumentsRemoved.Count == 0 && SourcesAdded.Count == 0 && SourcesRemoved.Count == 0
        && IncidentsAdded.Count == 0 && IncidentsRemoved.Count == 0 && IncidentsChanged.Count == 0 && Totals.Count == 0;

    /// <summary>
    /// The unit of every metric of either edition, so a figure of a metric the new edition dropped
    /// is still written as the old one counted it ("90%+", not "90+").
    /// </summary>
    public IReadOnlyDictionary<string, Unit> Units { get; init; } = new Dictionary<string, Unit>(StringComparer.Ordinal);

    /// <summary>Every document of either edition by id (the new edition's record where both have it), so a change can cite a document by its title.</summary>
    public IReadOnlyDictionary<string, Document> Documents { get; init; } = new Dictionary<string, Document>(StringComparer.Ordinal);

    /// <summary>Every source of either edition by id (the new edition's record where both have it).</summary>
    public IReadOnlyDictionary<string, Source> Sources { get; init; } = new Dictionary<string, Source>(StringComparer.Ordinal);

    /// <summary>The unit of <paramref name="metric"/> in either edition (people when neither defines it).</summary>
    public Unit UnitOf(string metric) => Units.GetValueOrDefault(metric, Unit.People);

    /// <summary>Compares <paramref name="previous"/> with <paramref name="current"/>.</summary>
    public static EditionDiff Between(AnalysedModel previous, AnalysedModel current)
    {
        var before = previous.Dataset;
        var after = current.Dataset;
        var oldClaims = before.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var newClaims = after.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var added = after.Claims.Where(c => !oldClaims.ContainsKey(c.Id)).ToList();
        var removed = before.Claims.Where(c => !newClaims.ContainsKey(c.Id)).ToList();
        var changed = after.Claims.Where(c => oldClaims.ContainsKey(c.Id))
            .Select(c => new ClaimChange(c.Id, Fields(oldClaims[c.Id], c)))
            .Where(c => c.Fields.Count > 0).ToList();
        var moved = added.Select(c => c.Id).Concat(removed.Select(c => c.Id)).Concat(changed.Select(c => c.Id)).ToHashSet(StringComparer.Ordinal);

        var oldIncidents = before.Incidents.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var incidentsChanged = after.Incidents.Where(i => oldIncidents.ContainsKey(i.Id))
            .Select(i => new IncidentChange(i.Id, Fields(oldIncidents[i.Id], i))).Where(i => i.Fields.Count > 0).ToList();
        var touchedIncidents = incidentsChanged.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var incidentOf = before.Claims.Concat(after.Claims).GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(c => c.Incident).Distinct().ToList(), StringComparer.Ordinal);

        var oldTotals = previous.Totals.ToDictionary(t => (t.Group, t.Key, t.Metric));
        var newTotals = current.Totals.ToDictionary(t => (t.Group, t.Key, t.Metric));
        var totals = new List<TotalChange>();
        foreach (var key in oldTotals.Keys.Union(newTotals.Keys).OrderBy(k => k.Group).ThenBy(k => k.Key, StringComparer.Ordinal).ThenBy(k => k.Metric, StringComparer.Ordinal))
        {
            var a = oldTotals.GetValueOrDefault(key);
            var b = newTotals.GetValueOrDefault(key);
            if (a?.Range == b?.Range) continue;
            var ids = (a?.ClaimIds ?? []).Union(b?.ClaimIds ?? [], StringComparer.Ordinal).ToList();
            totals.Add(new TotalChange(key.Group, key.Key, key.Metric, a?.Range, b?.Range,
                ids.Where(moved.Contains).Order(StringComparer.Ordinal).ToList(),
                ids.SelectMany(id => incidentOf[id]).Where(touchedIncidents.Contains).Distinct().Order(StringComparer.Ordinal).ToList()));
        }

        var metrics = after.Metrics.Concat(before.Metrics).DistinctBy(m => m.Id).ToList();
        var headlines = new List<HeadlineChange>();
        foreach (var metric in metrics)
        {
            foreach (var (group, key, side) in new (GroupKind, string, Side?)[] { (GroupKind.Overall, "all", null) }.Concat(Vocabulary.Sides.Select(s => (GroupKind.Side, s.Wire, (Side?)s.Value))))
            {
                if (totals.FirstOrDefault(t => t.Group == group && t.Key == key && t.Metric == metric.Id) is { } t)
                    headlines.Add(new HeadlineChange(metric, side, t.Before, t.After, t.MovedBy));
            }
        }

        static List<string> Added(IEnumerable<string> a, IEnumerable<string> b) => b.Except(a, StringComparer.Ordinal).ToList();
        return new EditionDiff(previous.Input, before.Edition, current.Input, after.Edition, headlines, added, removed, changed,
            Added(before.Documents.Select(d => d.Id), after.Documents.Select(d => d.Id)), Added(after.Documents.Select(d => d.Id), before.Documents.Select(d => d.Id)),
            Added(before.Sources.Select(s => s.Id), after.Sources.Select(s => s.Id)), Added(after.Sources.Select(s => s.Id), before.Sources.Select(s => s.Id)),
            Added(before.Incidents.Select(i => i.Id), after.Incidents.Select(i => i.Id)), Added(after.Incidents.Select(i => i.Id), before.Incidents.Select(i => i.Id)),
            incidentsChanged, totals)
        {
            Units = metrics.ToDictionary(m => m.Id, m => m.Unit, StringComparer.Ordinal),
            Documents = after.Documents.Concat(before.Documents).DistinctBy(d => d.Id).ToDictionary(d => d.Id, StringComparer.Ordinal),
            Sources = after.Sources.Concat(before.Sources).DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal),
        };
    }

    /// <summary>The fields of a claim, as the data file names and writes them.</summary>
    public static IReadOnlyList<(string Field, string? Value)> FieldsOf(Claim c) =>
    [
        ("document", c.Document), ("source", c.Source), ("metric", c.Metric), ("value", Number(c.Value)), ("qualifier", c.Qualifier.Wire()),
        ("low", Number(c.Low)), ("high", Number(c.High)), ("affected", c.Affected.Wire()), ("incident", c.Incident), ("place", c.Place),
        ("period", c.Period), ("blames", c.Blames.Wire()), ("evidence", c.Evidence), ("evidence_en", c.EvidenceEn), ("note", c.Note),
        ("note_ar", c.NoteAr),
    ];

    private static List<FieldChange> Fields(Claim a, Claim b) =>
        FieldsOf(a).Zip(FieldsOf(b)).Where(p => p.First.Value != p.Second.Value).Select(p => new FieldChange(p.First.Field, p.First.Value, p.Second.Value)).ToList();

    private static List<FieldChange> Fields(Incident a, Incident b)
    {
        (string, string?)[] Of(Incident i) =>
        [
            ("description", i.Description), ("description_ar", i.DescriptionAr), ("place", i.Place), ("place_ar", i.PlaceAr), ("label", i.Label), ("label_ar", i.LabelAr),
            ("includes", string.Join(", ", i.Includes)), ("may_include", string.Join(", ", i.MayInclude)), ("note", i.Note), ("note_ar", i.NoteAr),
        ];
        return Of(a).Zip(Of(b)).Where(p => p.First.Item2 != p.Second.Item2).Select(p => new FieldChange(p.First.Item1, p.First.Item2, p.Second.Item2)).ToList();
    }

    private static string? Number(double? n) => n?.ToString("R", CultureInfo.InvariantCulture);
}
