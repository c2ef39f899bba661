using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// <c>figures.xlsx</c>: the claims and every total as Excel tables, for filtering, pivoting and
/// citing. The figures are the analysed model's, the same as aggregates.json. ClosedXML writes the
/// workbook; a sheet with more rows than <paramref name="streamAbove"/> is streamed instead
/// (ClosedXML 0.95.4 needs about 16 s and 1.3 GB for 100,000 rows), and claims past Excel's row
/// limit continue on "Claims (2)", "Claims (3)"...
/// </summary>
public sealed class FiguresWorkbook(int streamAbove = FiguresWorkbook.DefaultStreamAbove, int maxRowsPerSheet = FiguresWorkbook.ExcelMaxDataRows) : IOutput
{
    /// <summary>Rows a sheet may have before it is streamed.</summary>
    public const int DefaultStreamAbove = 1_000;

    /// <summary>Excel's 1,048,576 rows a sheet, less the header.</summary>
    public const int ExcelMaxDataRows = 1_048_575;

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
        var metrics = model.Dataset.Metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var sourceNames = model.Dataset.Sources.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var claimsPerSource = model.ClaimsPerSource;
        var claimsPerDocument = model.ClaimsPerDocument;
        var claimRows = ClaimsSheet.Rows(model).ToList();
        var claimChunks = claimRows.Count > streamAbove ? claimRows.Chunk(maxRowsPerSheet).Select(c => (IReadOnlyList<ClaimsSheet.ClaimRow>)c).ToList() : [claimRows];
        var claimSheets = claimChunks.Select((_, k) => k == 0 ? ClaimsSheet.Name : string.Create(CultureInfo.InvariantCulture, $"{ClaimsSheet.Name} ({k + 1})")).ToList();

        using var wb = new XLWorkbook();
        var order = new List<string> { "About" };
        order.AddRange(claimSheets);
        order.AddRange(Sheets.Skip(2).Select(s => s.Sheet));
        foreach (var name in order) wb.AddWorksheet(name);
        var streamed = new List<IStreamedTable>();

        void Place<T>(string sheet, string table, IReadOnlyList<SheetColumn<T>> columns, IReadOnlyList<T> rows, Func<T, Unit>? unitOf = null)
        {
            if (rows.Count > streamAbove) streamed.Add(new StreamedTable<T>(sheet, table, columns, rows, unitOf, null, []));
            else TableWriter.Write(wb.Worksheet(sheet), table, columns, rows, unitOf);
        }

        Place("Sources", "Sources", AggregateSheets.SourceColumns(claimsPerSource), model.Dataset.Sources);
        Place("Documents", "Documents", AggregateSheets.DocumentColumns(claimsPerDocument), model.Dataset.Documents);
        if (claimRows.Count > streamAbove)
        {
            for (var k = 0; k < claimChunks.Count; k++)
            {
                var table = k == 0 ? "Claims" : string.Create(CultureInfo.InvariantCulture, $"Claims_{k + 1}");
                streamed.Add(new StreamedTable<ClaimsSheet.ClaimRow>(claimSheets[k], table, ClaimsSheet.Columns, claimChunks[k], r => r.Claim.Metric.Unit,
                    ClaimsSheet.Links(model), ClaimsSheet.Lists(model)));
            }
        }
        else
        {
            ClaimsSheet.Write(wb.Worksheet(ClaimsSheet.Name), model);
        }
        Place("By side", "BySide", AggregateSheets.TotalColumns("side"), Rows(model, GroupKind.Side, metrics, k => Charts.Palette.Label(Vocabulary.Sides.First(s => s.Wire == k).Value)), r => r.Metric.Unit);
        Place("By source", "BySource", AggregateSheets.TotalColumns("source"), Rows(model, GroupKind.Source, metrics, k => sourceNames[k]), r => r.Metric.Unit);
        Place("By affected", "ByAffected", AggregateSheets.TotalColumns("affected"), Rows(model, GroupKind.Affected, metrics, Charts.ChartRecipes.AffectedLabel), r => r.Metric.Unit);
        Place("By document", "ByDocument", AggregateSheets.TotalColumns("document"), Rows(model, GroupKind.Document, metrics, k => k), r => r.Metric.Unit);
        Place("Incidents", "Incidents", AggregateSheets.IncidentColumns(metrics), model.IncidentRanges, r => metrics[r.Metric].Unit);

        var notes = new List<string>();
        if (claimSheets.Count > 1) notes.Add(string.Create(CultureInfo.InvariantCulture, $"The claims do not fit one sheet (Excel holds {maxRowsPerSheet:N0} rows a sheet): they continue on {string.Join(", ", claimSheets.Skip(1))}."));
        if (claimRows.Count > streamAbove && claimRows.Count * 2 > StreamedTable<object>.MaxHyperlinks)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"With {claimRows.Count:N0} claims, the links from each claim to its source and document rows are left out (Excel allows {StreamedTable<object>.MaxHyperlinks:N0} links a sheet); filter the Sources and Documents sheets by id instead."));
        AboutSheet.Write(wb.Worksheet("About"), model, claimSheets, notes);

        wb.Properties.Title = model.Dataset.Title;
        wb.Properties.Author = "Dashboard " + Provenance.GeneratorVersion;
        if (streamed.Count == 0)
        {
            wb.SaveAs(stream);
            return;
        }
        using var small = new MemoryStream();
        wb.SaveAs(small);
        small.Position = 0;
        XlsxRewriter.Rewrite(small, stream, streamed);
    }

    private static List<AggregateSheets.TotalRow> Rows(AnalysedModel model, GroupKind group, IReadOnlyDictionary<string, Metric> metrics, Func<string, string> label) =>
        model.TotalsOf(group).Select(t => new AggregateSheets.TotalRow(t, metrics[t.Metric], label(t.Key))).ToList();
}
