using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel.Sheets;

/// <summary>A total with the metric it is in and a readable name for its group key.</summary>
public sealed record TotalRow(Total Total, Metric Metric, string Name);

/// <summary>The sheets of totals: by side, by source, by affected group, by document.</summary>
public static class TotalsSheets
{
    /// <summary>The four sheets, in workbook order: (group, sheet name, table name, key header, what it holds).</summary>
    public static readonly IReadOnlyList<(GroupKind Group, string Name, string Table, string Key, string Holds)> Groups =
    [
        (GroupKind.Side, "By side", "BySide", "side", FiguresWorkbook.Language.BySideSheetHolds),
        (GroupKind.Source, "By source", "BySource", "source", FiguresWorkbook.Language.BySourceSheetHolds),
        (GroupKind.Affected, "By affected", "ByAffected", "affected", FiguresWorkbook.Language.ByAffectedSheetHolds),
        (GroupKind.Document, "By document", "ByDocument", "document", FiguresWorkbook.Language.ByDocumentSheetHolds),
    ];

    /// <summary>The sheet of a group's totals, looked up by the group so a reordered list cannot swap two sheets.</summary>
    public static string NameOf(GroupKind group) => Groups.Single(g => g.Group == group).Name;

    /// <summary>The declaration of one group's sheet.</summary>
    public static SheetSpec<TotalRow> Spec(AnalysedModel model, GroupKind group)
    {
        var (_, name, table, key, holds) = Groups.Single(g => g.Group == group);
        return new SheetSpec<TotalRow>(name, table, holds, Columns(key), Rows(model, group), r => r.Metric.Unit);
    }

    /// <summary>The rows: the model's totals of the group, in the model's order.</summary>
    public static IReadOnlyList<TotalRow> Rows(AnalysedModel model, GroupKind group)
    {
        var words = FiguresWorkbook.Language;
        var metrics = model.Dataset.Metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var sources = model.Dataset.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        string Name(string key) => group switch
        {
            GroupKind.Side => Vocabulary.TryParse(Vocabulary.Sides, key, out var side) ? words.Side(side) : key,
            GroupKind.Source => words.SourceName(sources[key]),
            GroupKind.Affected => Vocabulary.TryParse(Vocabulary.AffectedGroups, key, out var affected) ? words.Affected(affected) : key,
            _ => key,
        };
        return model.TotalsOf(group).Select(t => new TotalRow(t, metrics[t.Metric], Name(t.Key))).ToList();
    }

    private static SheetColumn<TotalRow>[] Columns(string key) =>
    [
        new(key, CellKind.Text, r => r.Total.Key) { Repeats = true },
        new("name", CellKind.Text, r => r.Name) { Repeats = true },
        new("metric", CellKind.Text, r => r.Total.Metric) { Repeats = true },
        new("unit", CellKind.Text, r => r.Metric.Unit.Wire()) { Repeats = true },
        new("range_low", CellKind.Figure, r => r.Total.Range.Low),
        new("range_high", CellKind.Figure, r => r.Total.Range.High),
        new("open_above", CellKind.Boolean, r => r.Total.Range.IsOpen),
        new("display", CellKind.Text, r => r.Total.Range.Format(r.Metric.Unit)) { Repeats = true },
        new("documents", CellKind.Integer, r => r.Total.Documents),
        new("independent_documents", CellKind.Integer, r => r.Total.IndependentDocuments),
        new("sources", CellKind.Integer, r => r.Total.Sources),
        new("statements", CellKind.Integer, r => r.Total.Statements),
        new("claims", CellKind.LongText, r => CellText.ClaimList(r.Total.ClaimIds)),
    ];
}
