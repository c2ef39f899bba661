using System.Text;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Text;

/// <summary>
/// What <c>diff OLD NEW</c> prints: headline figures that moved, claims, documents, sources,
/// incidents, totals. Documents are cited by their titles, with the file id a reader can grep for.
/// </summary>
public static class DiffText
{
    /// <summary>The comparison as lines of text, for a terminal.</summary>
    public static string Format(EditionDiff diff, string previousPath, string currentPath)
    {
        var words = Words.Words.English;
        var sb = new StringBuilder();
        string Name(string path, string? edition, string sha) => edition is null ? $"{path} (sha256 {sha[..12]})" : $"{path} (edition {edition}, sha256 {sha[..12]})";
        sb.Append("Comparing ").Append(Name(previousPath, diff.PreviousEdition, diff.Previous.Sha256)).Append('\n')
          .Append("     with ").Append(Name(currentPath, diff.CurrentEdition, diff.Current.Sha256)).Append('\n');
        if (diff.IsEmpty)
        {
            sb.Append("no change\n");
            return sb.ToString();
        }
        string Figure(FigureRange? r, string metric) => r is { } range ? words.Figure(range, diff.UnitOf(metric)) : "-";
        string Document(string id) => diff.Documents.TryGetValue(id, out var d) ? $"\"{words.DocumentTitle(d)}\" ({id})" : id;
        string Source(string id) => diff.Sources.TryGetValue(id, out var src) ? $"{words.SourceName(src)} ({id})" : id;
        string Summary(Claim c) =>
            $"{c.Metric} {(FigureRange.Of(c) is { } r ? words.Figure(r, diff.UnitOf(c.Metric)) : words.MentionedNoFigure)} ({c.Qualifier.Wire()}), {Source(c.Source)}, in {Document(c.Document)}: «{c.Evidence}»";
        static string Moved(IReadOnlyList<string> ids) => ids.Count == 0 ? "" : $"  (moved by {Clip(string.Join(", ", ids), 200)})";

        Section(sb, "Headline figures", diff.Headlines, h =>
            [$"{words.Metric(h.Metric)}, {(h.Side is { } s ? words.Side(s) : words.Overall)}: {Figure(h.Before, h.Metric.Id)} → {Figure(h.After, h.Metric.Id)}{Moved(h.MovedBy)}"]);
        Section(sb, "Claims added", diff.ClaimsAdded, c => [$"+ {c.Id}: {Summary(c)}"]);
        Section(sb, "Claims removed", diff.ClaimsRemoved, c => [$"- {c.Id}: {Summary(c)}"]);
        Section(sb, "Claims changed", diff.ClaimsChanged, c => [$"~ {c.Id}", .. c.Fields.Select(f => $"    {f.Field}: {Show(f.Before)} → {Show(f.After)}")]);
        Section(sb, "Documents added", diff.DocumentsAdded, d => [$"+ {Document(d)}"]);
        Section(sb, "Documents removed", diff.DocumentsRemoved, d => [$"- {Document(d)}"]);
        Section(sb, "Sources added", diff.SourcesAdded, s => [$"+ {s}"]);
        Section(sb, "Sources removed", diff.SourcesRemoved, s => [$"- {s}"]);
        Section(sb, "Incidents added", diff.IncidentsAdded, i => [$"+ {i}"]);
        Section(sb, "Incidents removed", diff.IncidentsRemoved, i => [$"- {i}"]);
        Section(sb, "Incidents changed", diff.IncidentsChanged, i => [$"~ {i.Id}", .. i.Fields.Select(f => $"    {f.Field}: {Show(f.Before)} → {Show(f.After)}")]);
        Section(sb, "Totals whose range changed", diff.Totals, t =>
            [$"{t.GroupName} {t.Key}, {t.Metric}: {Figure(t.Before, t.Metric)} → {Figure(t.After, t.Metric)}{Moved(t.MovedBy)}{(t.Incidents.Count == 0 ? "" : $"  (incidents changed: {string.Join(", ", t.Incidents)})")}"]);
        return sb.ToString();
    }

    private static void Section<T>(StringBuilder sb, string heading, IReadOnlyList<T> items, Func<T, IEnumerable<string>> lines)
    {
        if (items.Count == 0) return;
        sb.Append('\n').Append(heading).Append(" (").Append(items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(")\n");
        foreach (var item in items)
        {
            foreach (var line in lines(item)) sb.Append("  ").Append(line).Append('\n');
        }
    }

    /// <summary>A field's value on one line: quoted, control characters shown, long text clipped.</summary>
    private static string Show(string? value) => value is null ? "(none)" : "\"" + Clip(value.ReplaceLineEndings(" "), 300) + "\"";

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
