using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// The Claims sheet: one row per claim. Its columns are defined once here, so a streaming writer
/// for very large datasets can write the same sheet without ClosedXML.
/// </summary>
public static class ClaimsSheet
{
    /// <summary>The sheet's name.</summary>
    public const string Name = "Claims";

    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<SheetColumn<ClaimRow>> Columns { get; } =
    [
        new("id", CellKind.Text, r => r.Claim.Claim.Id),
        new("document", CellKind.Text, r => r.Claim.Claim.Document),
        new("source", CellKind.Text, r => r.Claim.Claim.Source),
        new("source_name", CellKind.Text, r => r.Claim.Source.Name),
        new("side", CellKind.Text, r => r.Claim.Side.Wire()),
        new("metric", CellKind.Text, r => r.Claim.Claim.Metric),
        new("unit", CellKind.Text, r => r.Claim.Metric.Unit.Wire()),
        new("value", CellKind.Figure, r => r.Claim.Claim.Value),
        new("qualifier", CellKind.Text, r => r.Claim.Claim.Qualifier.Wire()),
        new("low", CellKind.Figure, r => r.Claim.Range.Low),
        new("high", CellKind.Figure, r => r.Claim.Range.High),
        new("open_above", CellKind.Boolean, r => r.Claim.Range.IsOpen),
        new("display", CellKind.Text, r => r.Claim.Range.Format(r.Claim.Metric.Unit)),
        new("affected", CellKind.Text, r => r.Claim.Claim.Affected.Wire()),
        new("incident", CellKind.Text, r => r.Claim.Claim.Incident),
        new("statement", CellKind.Text, r => r.Claim.Statement.ToString()),
        new("corroboration", CellKind.Integer, r => r.Statement.Corroboration),
        new("independent_documents", CellKind.Integer, r => r.Statement.IndependentDocuments),
        new("place", CellKind.Text, r => r.Claim.Claim.Place),
        new("period", CellKind.Text, r => r.Claim.Claim.Period),
        new("evidence", CellKind.RightToLeftText, r => r.Claim.Claim.Evidence),
        new("evidence_en", CellKind.LongText, r => r.Claim.Claim.EvidenceEn),
        new("note", CellKind.LongText, r => r.Claim.Claim.Note),
    ];

    /// <summary>A claim with what the sheet needs beside it.</summary>
    public sealed record ClaimRow(AnalysedClaim Claim, Statement Statement);

    /// <summary>The rows of the sheet, in dataset order.</summary>
    public static IEnumerable<ClaimRow> Rows(AnalysedModel model)
    {
        return model.Claims.Select(c => new ClaimRow(c, model.StatementOf(c)));
    }

    /// <summary>
    /// Writes the sheet. Document and source cells link to their rows on the Documents and Sources
    /// sheets; vocabulary columns get drop-down lists so a row an analyst adds stays in the contract.
    /// </summary>
    public static void Write(IXLWorksheet ws, AnalysedModel model)
    {
        var rows = Rows(model).ToList();
        TableWriter.Write(ws, "Claims", Columns, rows, r => r.Claim.Metric.Unit);
        var links = Links(model);
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var (column, location) in links(rows[i])) ws.Cell(i + 2, column).Hyperlink = new XLHyperlink(location);
        }
        // Room for rows an analyst adds below the data.
        var last = rows.Count + 1 + 1000;
        foreach (var (column, formula, name) in Lists(model))
        {
            var validation = ws.Range(2, column, last, column).SetDataValidation();
            validation.List(formula, true);
            validation.ErrorTitle = "Not in the contract";
            validation.ErrorMessage = $"'{name}' must be one of the values in data/README.md.";
        }
    }

    /// <summary>Each claim's links: its document and source cells point at their rows on the Documents and Sources sheets.</summary>
    internal static Func<ClaimRow, IEnumerable<(int Column, string Location)>> Links(AnalysedModel model)
    {
        var documentRow = RowIndex(model.Dataset.Documents.Select(d => d.Id));
        var sourceRow = RowIndex(model.Dataset.Sources.Select(s => s.Id));
        var documentCol = ColumnOf("document");
        var sourceCol = ColumnOf("source");
        return r =>
        [
            (documentCol, string.Create(CultureInfo.InvariantCulture, $"'Documents'!A{documentRow[r.Claim.Claim.Document]}")),
            (sourceCol, string.Create(CultureInfo.InvariantCulture, $"'Sources'!A{sourceRow[r.Claim.Claim.Source]}")),
        ];
    }

    /// <summary>
    /// Drop-down lists on the vocabulary columns, so a row an analyst adds stays in the contract:
    /// literal lists for the vocabularies, the id columns of Documents and Sources for references.
    /// </summary>
    internal static IReadOnlyList<(int Column, string Formula, string Name)> Lists(AnalysedModel model)
    {
        static string Literal(IEnumerable<string> values) => "\"" + string.Join(",", values) + "\"";
        return
        [
            (ColumnOf("document"), string.Create(CultureInfo.InvariantCulture, $"'Documents'!$A$2:$A${model.Dataset.Documents.Length + 1}"), "document"),
            (ColumnOf("source"), string.Create(CultureInfo.InvariantCulture, $"'Sources'!$A$2:$A${model.Dataset.Sources.Length + 1}"), "source"),
            (ColumnOf("side"), Literal(Vocabulary.Sides.Select(s => s.Wire)), "side"),
            (ColumnOf("metric"), Literal(model.Dataset.Metrics.Select(m => m.Id)), "metric"),
            (ColumnOf("unit"), Literal(Vocabulary.Units.Select(u => u.Wire)), "unit"),
            (ColumnOf("qualifier"), Literal(Vocabulary.Qualifiers.Select(q => q.Wire)), "qualifier"),
            (ColumnOf("affected"), Literal(Vocabulary.AffectedGroups.Select(a => a.Wire)), "affected"),
        ];
    }

    /// <summary>1-based column number of a header.</summary>
    public static int ColumnOf(string header) => Columns.Select((c, i) => (c.Header, i)).First(x => x.Header == header).i + 1;

    private static Dictionary<string, int> RowIndex(IEnumerable<string> ids) =>
        ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i + 2, StringComparer.Ordinal);
}
