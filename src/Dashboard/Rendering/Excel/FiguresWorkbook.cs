using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// <c>figures.xlsx</c>: the claims and every total as Excel tables, for filtering, pivoting and
/// citing. The figures are the analysed model's, the same as aggregates.json.
/// </summary>
public sealed class FiguresWorkbook : IOutput
{
    /// <summary>Sheet names and what each holds, in workbook order (the About sheet lists them).</summary>
    public static readonly IReadOnlyList<(string Sheet, string Holds)> Sheets =
    [
        ("About", "What this workbook is, where it comes from, and the rules behind its figures."),
        (ClaimsSheet.Name, "One row per claim: the figure, its range, source, side, incident, statement and the quoted evidence."),
        ("By side", "Totals per side's sources, per metric, with the claims behind each."),
        ("By source", "Totals per source, per metric."),
        ("By affected", "Totals per affected group (who the figure is about), per metric."),
        ("By document", "Totals per document, per metric."),
        ("Incidents", "Each incident's range per metric, and which incident may contain it."),
        ("Sources", "Who makes the claims, and the side each speaks for."),
        ("Documents", "The press documents: language, outlet if named, SHA-256."),
    ];

    /// <inheritdoc />
    public string RelativePath => "figures.xlsx";

    /// <inheritdoc />
    public void Write(AnalysedModel model, Stream stream)
    {
        using var wb = new XLWorkbook();
        var sheets = Sheets.ToDictionary(s => s.Sheet, s => wb.AddWorksheet(s.Sheet));
        var metrics = model.Dataset.Metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var sourceNames = model.Dataset.Sources.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);

        AboutSheet.Write(sheets["About"], model);
        AggregateSheets.Sources(sheets["Sources"], model);
        AggregateSheets.Documents(sheets["Documents"], model);
        ClaimsSheet.Write(sheets[ClaimsSheet.Name], model, sheets["Documents"], sheets["Sources"]);
        AggregateSheets.Totals(sheets["By side"], "BySide", "side", Rows(model, GroupKind.Side, metrics, k => Charts.Palette.Label(Vocabulary.Sides.First(s => s.Wire == k).Value)));
        AggregateSheets.Totals(sheets["By source"], "BySource", "source", Rows(model, GroupKind.Source, metrics, k => sourceNames[k]));
        AggregateSheets.Totals(sheets["By affected"], "ByAffected", "affected", Rows(model, GroupKind.Affected, metrics, Charts.ChartRecipes.AffectedLabel));
        AggregateSheets.Totals(sheets["By document"], "ByDocument", "document", Rows(model, GroupKind.Document, metrics, k => k));
        AggregateSheets.Incidents(sheets["Incidents"], model, metrics);

        wb.Properties.Title = model.Dataset.Title;
        wb.Properties.Author = "Dashboard " + Provenance.GeneratorVersion;
        wb.SaveAs(stream);
    }

    private static IEnumerable<AggregateSheets.TotalRow> Rows(AnalysedModel model, GroupKind group, IReadOnlyDictionary<string, Metric> metrics, Func<string, string> label) =>
        model.TotalsOf(group).Select(t => new AggregateSheets.TotalRow(t, metrics[t.Metric], label(t.Key)));
}
