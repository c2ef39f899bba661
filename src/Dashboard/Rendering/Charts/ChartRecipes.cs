using Dashboard.Analysis;
using Dashboard.Model;
using Dashboard.Rendering.Words;

namespace Dashboard.Rendering.Charts;

/// <summary>
/// The report's charts, each a small named recipe over the analysed model, in one language. They
/// show killed and injured: the two metrics several sources report, on one scale. The other metrics
/// have one source each here and are shown in the headline tiles and tables.
/// </summary>
public static class ChartRecipes
{
    private static readonly string[] Casualties = ["killed", "injured"];

    /// <summary>Bars per metric in the charts with one bar per source or incident; the rest are in the tables and workbook.</summary>
    public const int MaxBarsPerMetric = 10;

    /// <summary>The charts' names, in the order the report shows them: known before any is drawn (the progress display lists them).</summary>
    public static readonly IReadOnlyList<string> Names = ["by-side", "by-source", "by-affected", "incident-ranges"];

    /// <summary>Every recipe, in the order the report shows them.</summary>
    public static IReadOnlyList<ChartSpec> All(AnalysedModel model, Words.Words words) =>
        [BySide(model, words), BySource(model, words), ByAffected(model, words), IncidentRanges(model, words)];

    /// <summary>Killed and injured as each side's sources tell it.</summary>
    public static ChartSpec BySide(AnalysedModel model, Words.Words words)
    {
        var rows = new List<ChartRow>();
        foreach (var metric in Metrics(model))
        {
            foreach (var (side, wire) in Vocabulary.Sides)
            {
                if (Find(model, GroupKind.Side, wire, metric.Id) is { } t)
                    rows.Add(Row(words.BarLabel(words.Metric(metric), words.Side(side)), t, metric, Palette.Of(side), side));
            }
        }
        return Spec(Names[0], words, model, rows, "", SideLegend(model, words));
    }

    /// <summary>Killed and injured per source, coloured by the source's side.</summary>
    public static ChartSpec BySource(AnalysedModel model, Words.Words words)
    {
        var rows = new List<ChartRow>();
        var sources = model.Dataset.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var notes = new List<string>();
        foreach (var metric in Metrics(model))
        {
            var all = model.TotalsOf(GroupKind.Source).Where(t => t.Metric == metric.Id).ToList();
            if (all.Count > MaxBarsPerMetric) notes.Add(words.ChartKeepsLargest(words.Metric(metric), MaxBarsPerMetric, all.Count, Noun.Source));
            foreach (var t in Top(all, _ => true, t => t.Range))
            {
                var source = sources[t.Key];
                rows.Add(Row(words.BarLabel(words.Metric(metric), words.SourceName(source)), t, metric, Palette.Of(source.Side), source.Side));
            }
        }
        return Spec(Names[1], words, model, rows, string.Join(" ", notes), SideLegend(model, words));
    }

    /// <summary>Killed and injured by who the figure is about.</summary>
    public static ChartSpec ByAffected(AnalysedModel model, Words.Words words)
    {
        var rows = new List<ChartRow>();
        foreach (var metric in Metrics(model))
        {
            foreach (var (affected, wire) in Vocabulary.AffectedGroups)
            {
                if (Find(model, GroupKind.Affected, wire, metric.Id) is { } t)
                    rows.Add(Row(words.BarLabel(words.Metric(metric), words.Affected(affected)), t, metric, Palette.Neutral, null));
            }
        }
        return Spec(Names[2], words, model, rows, "", [(words.BothSides, Palette.Neutral)]);
    }

    /// <summary>Each incident's low-to-high range, before incidents are combined.</summary>
    public static ChartSpec IncidentRanges(AnalysedModel model, Words.Words words)
    {
        var rows = new List<ChartRow>();
        var sideOf = model.Dataset.Sources.ToDictionary(s => s.Id, s => s.Side, StringComparer.Ordinal);
        var notes = new List<string>();
        foreach (var metric in Metrics(model))
        {
            // Chosen from the model's ranges where they are: a list of one metric's would be a large
            // object (a quarter of a million ranges), three times a run, that nothing collects.
            bool OfMetric(IncidentRange r) => r.Metric == metric.Id;
            var count = model.IncidentRanges.Count(OfMetric);
            if (count > MaxBarsPerMetric) notes.Add(words.ChartKeepsLargest(words.Metric(metric), MaxBarsPerMetric, count, Noun.Incident));
            foreach (var r in Top(model.IncidentRanges, OfMetric, r => r.Range))
            {
                var sides = r.Statements.Select(s => sideOf[s.Key.Source]).Distinct().ToList();
                Side? side = sides.Count == 1 ? sides[0] : null;
                rows.Add(new ChartRow(words.BarLabel(words.Metric(metric), words.IncidentLabel(r.Incident)), r.Range, Words.Words.ChartFigure(r.Range, metric.Unit),
                    side is { } s ? Palette.Of(s) : Palette.Neutral, r.ClaimIds, side, r, metric.Unit));
            }
        }
        var legend = SideLegend(model, words);
        if (rows.Any(r => r.Side is null)) legend.Add((words.BothSides, Palette.Neutral));
        return Spec(Names[3], words, model, rows, string.Join(" ", notes), legend);
    }

    private static ChartSpec Spec(string name, Words.Words words, AnalysedModel model, List<ChartRow> rows, string note, List<(string, string)> legend)
    {
        // A bar's figure is written compactly ("46,000+"): where one is open, the legend says what "+" means.
        if (rows.Any(r => r.Range.IsOpen)) legend.Add((words.OpenEndedKey, Palette.OpenEnded));
        var (claims, documents) = Behind(model, rows);
        var source = words.ChartSourceLine(claims, documents, words.InputWithEdition(model.Input.Name, model.Dataset.Edition)) + (note.Length > 0 ? " " + note : "");
        return new ChartSpec(name, words.Code, words.ChartTitle(name), words.ChartDescription(name), words.Unit(Unit.People), source, rows, legend);
    }

    /// <summary>
    /// How many distinct claims the bars rest on, and in how many documents. Read from the claims'
    /// positions, which every bar the recipes make carries through its total or incident range: a
    /// chart over every claim of a million would otherwise hash a million ids, twice, per chart and
    /// language, before any output starts.
    /// </summary>
    private static (int Claims, int Documents) Behind(AnalysedModel model, List<ChartRow> rows)
    {
        // A bit a claim: a million claims take 125 KB per chart instead of 1 MB.
        var claimSeen = new System.Collections.BitArray(model.Claims.Length);
        var documentSeen = new bool[model.Dataset.Documents.Length];
        var (claims, documents) = (0, 0);
        foreach (var row in rows)
        {
            IReadOnlyList<int> positions = row.Origin switch
            {
                Total { ClaimIds: ClaimIdList list } => list.Positions,
                IncidentRange { ClaimPositions: { } p } => p,
                _ => throw new InvalidOperationException($"chart row '{row.Label}' does not come from the model's totals or incident ranges"),
            };
            foreach (var i in positions)
            {
                if (claimSeen[i]) continue;
                claimSeen[i] = true;
                claims++;
                if (!documentSeen[model.DocumentOf[i]]) (documentSeen[model.DocumentOf[i]], documents) = (true, documents + 1);
            }
        }
        return (claims, documents);
    }

    /// <summary>
    /// The items <paramref name="include"/> takes, in input order when they fit; otherwise the largest
    /// figures first (by low, then high, open highest), keeping the input order among equals.
    /// </summary>
    private static IEnumerable<T> Top<T>(IReadOnlyList<T> items, Func<T, bool> include, Func<T, FigureRange> range)
    {
        var chosen = FirstInOrder.Positions(items.Count, MaxBarsPerMetric + 1, i => include(items[i]), Compare);
        if (chosen.Length <= MaxBarsPerMetric) return chosen.Select(i => items[i]);
        Array.Sort(chosen, Compare);
        return chosen.Take(MaxBarsPerMetric).Select(i => items[i]);

        int Compare(int a, int b)
        {
            var (x, y) = (range(items[a]), range(items[b]));
            var byLow = y.Low.CompareTo(x.Low);
            if (byLow != 0) return byLow;
            var byHigh = (y.High ?? double.PositiveInfinity).CompareTo(x.High ?? double.PositiveInfinity);
            return byHigh != 0 ? byHigh : a.CompareTo(b);
        }
    }

    private static IEnumerable<Metric> Metrics(AnalysedModel model) => model.Dataset.Metrics.Where(m => Casualties.Contains(m.Id));

    private static Total? Find(AnalysedModel model, GroupKind group, string key, string metric) =>
        model.Totals.FirstOrDefault(t => t.Group == group && t.Key == key && t.Metric == metric);

    private static ChartRow Row(string label, Total t, Metric metric, string colour, Side? side) =>
        new(label, t.Range, Words.Words.ChartFigure(t.Range, metric.Unit), colour, t.ClaimIds, side, t, metric.Unit);

    private static List<(string, string)> SideLegend(AnalysedModel model, Words.Words words) =>
        Vocabulary.Sides.Where(s => model.Claims.Any(c => c.Side == s.Value && c.HasFigure)).Select(s => (words.Side(s.Value), Palette.Of(s.Value))).ToList();
}
