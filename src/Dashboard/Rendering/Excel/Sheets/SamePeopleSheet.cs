using Dashboard.Analysis;

namespace Dashboard.Rendering.Excel.Sheets;

/// <summary>The Same people sheet: figures about the same people, compared, as the report words them.</summary>
public static class SamePeopleSheet
{
    /// <summary>The sheet's name.</summary>
    public const string Name = "Same people";

    /// <summary>The declaration for <paramref name="model"/>.</summary>
    public static SheetSpec<Comparison> Spec(AnalysedModel model)
    {
        var words = FiguresWorkbook.Language;
        SheetColumn<Comparison>[] columns =
        [
            new("metric", CellKind.Text, c => c.Metric.Id) { Repeats = true },
            new("kind", CellKind.Text, c => c.Kind.Wire()) { Repeats = true },
            new("first", CellKind.Text, c => c.First.Incident.Id) { Repeats = true },
            new("first_figure", CellKind.Text, c => c.First.Range.Format(c.Metric.Unit)) { Repeats = true },
            new("second", CellKind.Text, c => c.Second.Incident.Id) { Repeats = true },
            new("second_figure", CellKind.Text, c => c.Second.Range.Format(c.Metric.Unit)) { Repeats = true },
            new("conflict", CellKind.Boolean, c => c.Conflict),
            new("gap", CellKind.Figure, c => c.Gap),
            new("if_inside", CellKind.Text, c => c.IfInside?.Format(c.Metric.Unit)),
            new("if_outside", CellKind.Text, c => c.IfOutside?.Format(c.Metric.Unit)),
            new("reading", CellKind.LongText, c => words.Compared(c)),
        ];
        return new SheetSpec<Comparison>(Name, "SamePeople", FiguresWorkbook.Language.SamePeopleSheetHolds,
            columns, model.Comparisons, c => c.Metric.Unit);
    }
}
