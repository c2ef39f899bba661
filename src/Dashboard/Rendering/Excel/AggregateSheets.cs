using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel;

/// <summary>The sheets of totals, incidents, sources and documents: each one Excel table.</summary>
internal static class AggregateSheets
{
    public sealed record TotalRow(Total Total, Metric Metric, string Label);

    public static void Totals(IXLWorksheet ws, string tableName, string keyHeader, IEnumerable<TotalRow> rows)
    {
        SheetColumn<TotalRow>[] columns =
        [
            new(keyHeader, CellKind.Text, r => r.Total.Key),
            new("name", CellKind.Text, r => r.Label),
            new("metric", CellKind.Text, r => r.Total.Metric),
            new("unit", CellKind.Text, r => r.Metric.Unit.Wire()),
            new("low", CellKind.Figure, r => r.Total.Range.Low),
            new("high", CellKind.Figure, r => r.Total.Range.High),
            new("open_above", CellKind.Boolean, r => r.Total.Range.IsOpen),
            new("display", CellKind.Text, r => r.Total.Range.Format(r.Metric.Unit)),
            new("documents", CellKind.Integer, r => r.Total.Documents),
            new("sources", CellKind.Integer, r => r.Total.Sources),
            new("statements", CellKind.Integer, r => r.Total.Statements),
            new("claims", CellKind.LongText, r => string.Join(" ", r.Total.ClaimIds)),
        ];
        TableWriter.Write(ws, tableName, columns, rows.ToList(), r => r.Metric.Unit);
    }

    public static void Incidents(IXLWorksheet ws, AnalysedModel model, IReadOnlyDictionary<string, Metric> metrics)
    {
        SheetColumn<IncidentRange>[] columns =
        [
            new("incident", CellKind.Text, r => r.Incident.Id),
            new("description", CellKind.LongText, r => r.Incident.Description),
            new("place", CellKind.Text, r => r.Incident.Place),
            new("metric", CellKind.Text, r => r.Metric),
            new("low", CellKind.Figure, r => r.Range.Low),
            new("high", CellKind.Figure, r => r.Range.High),
            new("open_above", CellKind.Boolean, r => r.Range.IsOpen),
            new("display", CellKind.Text, r => r.Range.Format(metrics[r.Metric].Unit)),
            new("statements", CellKind.Integer, r => r.Statements.Count),
            new("contained_by", CellKind.Text, r => r.ContainedBy),
            new("containment", CellKind.Text, r => r.Containment),
            new("claims", CellKind.LongText, r => string.Join(" ", r.ClaimIds)),
            new("note", CellKind.LongText, r => r.Incident.Note),
        ];
        TableWriter.Write(ws, "Incidents", columns, model.IncidentRanges, r => metrics[r.Metric].Unit);
    }

    public static void Sources(IXLWorksheet ws, AnalysedModel model)
    {
        var counts = model.Claims.GroupBy(c => c.Claim.Source).ToDictionary(g => g.Key, g => g.Count());
        SheetColumn<Source>[] columns =
        [
            new("id", CellKind.Text, s => s.Id),
            new("name", CellKind.Text, s => s.Name),
            new("name_ar", CellKind.RightToLeftText, s => s.NameAr),
            new("side", CellKind.Text, s => s.Side.Wire()),
            new("kind", CellKind.Text, s => s.Kind),
            new("claims", CellKind.Integer, s => counts.GetValueOrDefault(s.Id)),
        ];
        TableWriter.Write(ws, "Sources", columns, model.Dataset.Sources);
        ws.Column(3).Width = 40;
    }

    public static void Documents(IXLWorksheet ws, AnalysedModel model)
    {
        var counts = model.Claims.GroupBy(c => c.Claim.Document).ToDictionary(g => g.Key, g => g.Count());
        SheetColumn<Document>[] columns =
        [
            new("id", CellKind.Text, d => d.Id),
            new("language", CellKind.Text, d => d.Language),
            new("outlet", CellKind.Text, d => d.Outlet ?? "(not named in the text)"),
            new("outlet_evidence", CellKind.RightToLeftText, d => d.OutletEvidence),
            new("rendering_of", CellKind.Text, d => d.RenderingOf),
            new("sha256", CellKind.Text, d => d.Sha256),
            new("claims", CellKind.Integer, d => counts.GetValueOrDefault(d.Id)),
            new("note", CellKind.LongText, d => d.Note),
        ];
        TableWriter.Write(ws, "Documents", columns, model.Dataset.Documents);
        ws.Column(4).Width = 30;
    }
}
