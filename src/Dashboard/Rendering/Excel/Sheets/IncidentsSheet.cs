using Dashboard.Analysis;

namespace Dashboard.Rendering.Excel.Sheets;

/// <summary>The Incidents sheet: each incident's range per metric, and what contains it.</summary>
public static class IncidentsSheet
{
    /// <summary>The sheet's name.</summary>
    public const string Name = "Incidents";

    /// <summary>The declaration for <paramref name="model"/>.</summary>
    public static SheetSpec<IncidentRange> Spec(AnalysedModel model)
    {
        var metrics = model.Dataset.Metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
        SheetColumn<IncidentRange>[] columns =
        [
            new("incident", CellKind.Text, r => r.Incident.Id),
            new("description", CellKind.LongText, r => r.Incident.Description),
            new("place", CellKind.Text, r => r.Incident.Place) { Repeats = true },
            new("metric", CellKind.Text, r => r.Metric) { Repeats = true },
            new("range_low", CellKind.Figure, r => r.Range.Low),
            new("range_high", CellKind.Figure, r => r.Range.High),
            new("open_above", CellKind.Boolean, r => r.Range.IsOpen),
            new("display", CellKind.Text, r => r.Range.Format(metrics[r.Metric].Unit)) { Repeats = true },
            new("statements", CellKind.Integer, r => r.Statements.Count),
            new("contained_by", CellKind.Text, r => r.ContainedBy) { Repeats = true },
            new("containment", CellKind.Text, r => r.Containment) { Repeats = true },
            new("claims", CellKind.LongText, r => CellText.ClaimList(r.ClaimIds)),
            new("note", CellKind.LongText, r => r.Incident.Note),
        ];
        return new SheetSpec<IncidentRange>(Name, "Incidents", FiguresWorkbook.Language.IncidentsSheetHolds, columns, model.IncidentRanges, r => metrics[r.Metric].Unit);
    }
}
