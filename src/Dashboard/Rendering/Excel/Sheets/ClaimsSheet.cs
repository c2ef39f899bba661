using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel.Sheets;

/// <summary>
/// The Claims sheet, one row per claim, and claims.csv, which has the same columns: the claim as
/// recorded (value, qualifier, low, high as the data file has them) and what analysis derives
/// (range_low, range_high, statement, corroboration).
/// </summary>
public static class ClaimsSheet
{
    /// <summary>The sheet's name; further sheets of claims are "Claims (2)", "Claims (3)"...</summary>
    public const string Name = "Claims";

    /// <summary>What the sheet holds.</summary>
    public static string Holds => FiguresWorkbook.Language.ClaimsSheetHolds;

    /// <summary>The declaration for <paramref name="model"/>.</summary>
    public static SheetSpec<AnalysedClaim> Spec(AnalysedModel model) => new(Name, "Claims", Holds, Columns(model), Rows(model), r => r.Metric.Unit);

    /// <summary>The rows, in dataset order: the analysed claims themselves, each knowing its statement (no row object per claim).</summary>
    public static IReadOnlyList<AnalysedClaim> Rows(AnalysedModel model) => model.Claims;

    /// <summary>
    /// The columns. Document and source cells link to their rows on the Documents and Sources
    /// sheets; vocabulary columns carry drop-down lists.
    /// </summary>
    public static IReadOnlyList<SheetColumn<AnalysedClaim>> Columns(AnalysedModel model)
    {
        var documentRow = RowOf(model.Dataset.Documents.Select(d => d.Id));
        var sourceRow = RowOf(model.Dataset.Sources.Select(s => s.Id));
        return
        [
            new("id", CellKind.Text, r => r.Claim.Id),
            new("document", CellKind.Text, r => r.Claim.Document)
            {
                Repeats = true,
                List = Lists.Ids(DocumentsSheet.Name, model.Dataset.Documents.Length),
                Link = r => string.Create(CultureInfo.InvariantCulture, $"'{DocumentsSheet.Name}'!A{documentRow[r.Claim.Document]}"),
            },
            new("source", CellKind.Text, r => r.Claim.Source)
            {
                Repeats = true,
                List = Lists.Ids(SourcesSheet.Name, model.Dataset.Sources.Length),
                Link = r => string.Create(CultureInfo.InvariantCulture, $"'{SourcesSheet.Name}'!A{sourceRow[r.Claim.Source]}"),
            },
            new("source_name", CellKind.Text, r => r.Source.Name) { Repeats = true },
            new("side", CellKind.Text, r => r.Side.Wire()) { Repeats = true, List = Lists.Literal(Vocabulary.Sides.Select(s => s.Wire)) },
            new("metric", CellKind.Text, r => r.Claim.Metric) { Repeats = true, List = Lists.Literal(model.Dataset.Metrics.Select(m => m.Id)) },
            new("unit", CellKind.Text, r => r.Metric.Unit.Wire()) { Repeats = true, List = Lists.Literal(Vocabulary.Units.Select(u => u.Wire)) },
            new("value", CellKind.Figure, r => r.Claim.Value),
            new("qualifier", CellKind.Text, r => r.Claim.Qualifier.Wire()) { Repeats = true, List = Lists.Literal(Vocabulary.Qualifiers.Select(q => q.Wire)) },
            new("low", CellKind.Figure, r => r.Claim.Low),
            new("high", CellKind.Figure, r => r.Claim.High),
            new("range_low", CellKind.Figure, r => r.Range?.Low),
            new("range_high", CellKind.Figure, r => r.Range?.High),
            new("open_above", CellKind.Boolean, r => r.Range is { } range ? range.IsOpen : CellValue.Blank),
            new("display", CellKind.Text, r => r.Range?.Format(r.Metric.Unit) ?? Words.Words.English.MentionedNoFigure) { Repeats = true },
            new("affected", CellKind.Text, r => r.Claim.Affected.Wire()) { Repeats = true, List = Lists.Literal(Vocabulary.AffectedGroups.Select(a => a.Wire)) },
            new("incident", CellKind.Text, r => r.Claim.Incident) { Repeats = true },
            new("blames", CellKind.Text, r => r.Claim.Blames.Wire()) { Repeats = true, List = Lists.Literal(Vocabulary.Blames.Select(b => b.Wire)) },
            new("statement", CellKind.Text, r => r.Statement.ToString()),
            new("corroboration", CellKind.Integer, r => r.StatementOf.Corroboration),
            new("independent_documents", CellKind.Integer, r => r.StatementOf.IndependentDocuments),
            new("place", CellKind.Text, r => r.Claim.Place) { Repeats = true },
            new("period", CellKind.Text, r => r.Claim.Period) { Repeats = true },
            new("evidence", CellKind.RightToLeftText, r => r.Claim.Evidence),
            new("evidence_en", CellKind.LongText, r => r.Claim.EvidenceEn),
            new("note", CellKind.LongText, r => r.Claim.Note),
        ];
    }

    /// <summary>What each column holds, for the About sheet and the README's description of claims.csv, in the workbook's words.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions => FiguresWorkbook.Language.ClaimColumns;

    private static Dictionary<string, int> RowOf(IEnumerable<string> ids) =>
        ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i + 2, StringComparer.Ordinal);
}

/// <summary>Drop-down list formulas.</summary>
internal static class Lists
{
    /// <summary>A literal list: "a,b,c".</summary>
    public static string Literal(IEnumerable<string> values) => "\"" + string.Join(",", values) + "\"";

    /// <summary>The id column (A) of another sheet's rows.</summary>
    public static string Ids(string sheet, int rows) => string.Create(CultureInfo.InvariantCulture, $"'{sheet}'!$A$2:$A${Math.Max(rows, 1) + 1}");
}
