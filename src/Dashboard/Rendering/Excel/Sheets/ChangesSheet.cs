using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel.Sheets;

/// <summary>One line of the Changes sheet.</summary>
/// <param name="Change">What kind of change: headline, claim added, claim changed, total...</param>
/// <param name="What">Which figure or record.</param>
/// <param name="Field">For a changed record, the field.</param>
/// <param name="Before">The value before (a figure's display, a field's text).</param>
/// <param name="After">The value now.</param>
/// <param name="Claims">Claims that moved a figure.</param>
public sealed record ChangeRow(string Change, string What, string? Field, string? Before, string? After, string? Claims);

/// <summary>The Changes sheet: what changed since the previous edition, a line a change, in the console's order.</summary>
public static class ChangesSheet
{
    /// <summary>The sheet's name.</summary>
    public const string Name = "Changes";

    /// <summary>The declaration for a comparison.</summary>
    public static SheetSpec<ChangeRow> Spec(EditionDiff diff)
    {
        SheetColumn<ChangeRow>[] columns =
        [
            new("change", CellKind.Text, r => r.Change) { Repeats = true },
            new("what", CellKind.Text, r => r.What),
            new("field", CellKind.Text, r => r.Field) { Repeats = true },
            new("before", CellKind.LongText, r => r.Before),
            new("after", CellKind.LongText, r => r.After),
            new("claims", CellKind.LongText, r => r.Claims),
        ];
        var words = FiguresWorkbook.Language;
        var previous = words.PreviousInputInFull(diff.Previous.Name, diff.Previous.Sha256, diff.PreviousEdition);
        return new SheetSpec<ChangeRow>(Name, "Changes", words.ChangesSheetHolds(previous), columns, Rows(diff));
    }

    /// <summary>The rows: headline figures, claims, documents, sources, incidents, then every total that moved.</summary>
    public static IReadOnlyList<ChangeRow> Rows(EditionDiff diff)
    {
        var words = FiguresWorkbook.Language;
        string Figure(FigureRange? r, Unit unit) => r?.Format(unit) ?? words.NoFigureMark;
        string Ids(IEnumerable<string> ids) => CellText.ClaimList(ids.ToList());
        var rows = new List<ChangeRow>();
        foreach (var h in diff.Headlines)
        {
            rows.Add(new ChangeRow("headline", $"{words.Metric(h.Metric)}, {(h.Side is { } s ? words.Side(s) : words.Overall)}", null, Figure(h.Before, h.Metric.Unit), Figure(h.After, h.Metric.Unit), Ids(h.MovedBy)));
        }
        foreach (var c in diff.ClaimsAdded) rows.Add(new ChangeRow("claim added", c.Id, null, null, Summary(c, diff.UnitOf(c.Metric)), c.Id));
        foreach (var c in diff.ClaimsRemoved) rows.Add(new ChangeRow("claim removed", c.Id, null, Summary(c, diff.UnitOf(c.Metric)), null, c.Id));
        foreach (var c in diff.ClaimsChanged)
        {
            foreach (var f in c.Fields) rows.Add(new ChangeRow("claim changed", c.Id, f.Field, f.Before, f.After, c.Id));
        }
        foreach (var d in diff.DocumentsAdded) rows.Add(new ChangeRow("document added", d, null, null, null, null));
        foreach (var d in diff.DocumentsRemoved) rows.Add(new ChangeRow("document removed", d, null, null, null, null));
        foreach (var s in diff.SourcesAdded) rows.Add(new ChangeRow("source added", s, null, null, null, null));
        foreach (var s in diff.SourcesRemoved) rows.Add(new ChangeRow("source removed", s, null, null, null, null));
        foreach (var i in diff.IncidentsAdded) rows.Add(new ChangeRow("incident added", i, null, null, null, null));
        foreach (var i in diff.IncidentsRemoved) rows.Add(new ChangeRow("incident removed", i, null, null, null, null));
        foreach (var i in diff.IncidentsChanged)
        {
            foreach (var f in i.Fields) rows.Add(new ChangeRow("incident changed", i.Id, f.Field, f.Before, f.After, null));
        }
        foreach (var t in diff.Totals)
        {
            var unit = diff.UnitOf(t.Metric);
            var incidents = t.Incidents.Count == 0 ? "" : $" (incidents changed: {string.Join(", ", t.Incidents)})";
            rows.Add(new ChangeRow("total", $"{t.GroupName} {t.Key}, {t.Metric}", null, Figure(t.Before, unit), Figure(t.After, unit), Ids(t.MovedBy) + incidents));
        }
        return rows;
    }

    /// <summary>A claim in one line: "killed 10 (exact), source sdf, document 005_x: «evidence»".</summary>
    public static string Summary(Claim c, Unit unit) =>
        $"{c.Metric} {FigureRange.Of(c)?.Format(unit) ?? Words.Words.English.MentionedNoFigure} ({c.Qualifier.Wire()}), source {c.Source}, document {c.Document}: «{c.Evidence}»";
}
