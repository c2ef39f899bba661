using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel;

/// <summary>The columns of the sheets of totals, incidents, sources and documents.</summary>
internal static class AggregateSheets
{
    public sealed record TotalRow(Total Total, Metric Metric, string Label);

    public static SheetColumn<TotalRow>[] TotalColumns(string keyHeader) =>
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
        new("independent_documents", CellKind.Integer, r => r.Total.IndependentDocuments),
        new("sources", CellKind.Integer, r => r.Total.Sources),
        new("statements", CellKind.Integer, r => r.Total.Statements),
        new("claims", CellKind.LongText, r => ClaimList(r.Total.ClaimIds)),
    ];

    public static SheetColumn<IncidentRange>[] IncidentColumns(IReadOnlyDictionary<string, Metric> metrics) =>
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
        new("claims", CellKind.LongText, r => ClaimList(r.ClaimIds.ToList())),
        new("note", CellKind.LongText, r => r.Incident.Note),
    ];

    public static SheetColumn<Source>[] SourceColumns(IReadOnlyDictionary<string, int> claims) =>
    [
        new("id", CellKind.Text, s => s.Id),
        new("name", CellKind.Text, s => s.Name),
        new("name_ar", CellKind.RightToLeftText, s => s.NameAr),
        new("side", CellKind.Text, s => s.Side.Wire()),
        new("kind", CellKind.Text, s => s.Kind),
        new("claims", CellKind.Integer, s => claims.GetValueOrDefault(s.Id)),
    ];

    public static SheetColumn<Document>[] DocumentColumns(IReadOnlyDictionary<string, int> claims) =>
    [
        new("id", CellKind.Text, d => d.Id),
        new("language", CellKind.Text, d => d.Language),
        new("outlet", CellKind.Text, d => d.Outlet ?? "(not named in the text)"),
        new("outlet_evidence", CellKind.RightToLeftText, d => d.OutletEvidence),
        new("rendering_of", CellKind.Text, d => d.RenderingOf),
        new("sha256", CellKind.Text, d => d.Sha256),
        new("claims", CellKind.Integer, d => claims.GetValueOrDefault(d.Id)),
        new("note", CellKind.LongText, d => d.Note),
    ];

    /// <summary>Excel holds at most 32,767 characters in a cell.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>
    /// The claim ids of a total, space-separated; when they do not fit in one cell, as many as fit
    /// and a pointer to the full list (aggregates.json, or filtering the Claims sheet).
    /// </summary>
    public static string ClaimList(IReadOnlyList<string> ids)
    {
        var joined = string.Join(' ', ids);
        if (joined.Length <= MaxCellText) return joined;
        var tail = string.Create(System.Globalization.CultureInfo.InvariantCulture, $" … and more: {ids.Count:N0} claims in all; the full list is in aggregates.json.");
        var cut = joined.LastIndexOf(' ', MaxCellText - tail.Length);
        return joined[..cut] + tail;
    }
}
