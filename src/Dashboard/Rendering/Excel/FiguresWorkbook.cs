using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Rendering.Excel.Sheets;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// <c>figures.xlsx</c>: the claims and every total as Excel tables, for filtering, pivoting and
/// citing, and a Charts sheet of native charts that read them. The figures are the analysed
/// model's, the same as aggregates.json. ClosedXML writes the small sheets; a sheet with more rows
/// than <paramref name="streamAbove"/>, and every data sheet of a dataset with more claims than
/// that, is streamed instead (ClosedXML 0.95.4 needs about 16 s and 1.3 GB for 100,000 rows), and claims past Excel's row limit continue on "Claims (2)"...
/// The same model gives the same bytes.
/// </summary>
public sealed class FiguresWorkbook(int streamAbove = FiguresWorkbook.DefaultStreamAbove, int maxRowsPerSheet = FiguresWorkbook.ExcelMaxDataRows, DateTimeOffset? generatedAt = null, EditionDiff? changes = null) : IOutput
{
    /// <summary>
    /// Rows a sheet may have before it is streamed; past as many claims, every data sheet streams.
    /// The bundled dataset's sheets (30 claims, under 50 rows each) stay ClosedXML's; from a few
    /// hundred rows ClosedXML costs more than the whole streamed path (1,000 claims: almost 2 s
    /// more CPU), and both paths give the same cells.
    /// </summary>
    public const int DefaultStreamAbove = 100;

    /// <summary>Excel's 1,048,576 rows a sheet, less the header.</summary>
    public const int ExcelMaxDataRows = 1_048_575;

    /// <summary>The workbook's language: its sheets' text, notes and running head, from the same table as the report's.</summary>
    internal static Words.Words Language => Dashboard.Rendering.Words.Words.English;

    /// <summary>The file's name in the output folder.</summary>
    public const string FileName = "figures.xlsx";

    /// <inheritdoc />
    public string RelativePath => FileName;

    /// <summary>The data sheets in workbook order (claims possibly over several sheets), from their declarations.</summary>
    public IReadOnlyList<ISheet> DataSheets(AnalysedModel model)
    {
        var claims = ClaimsSheet.Spec(model);
        var sheets = new List<ISheet>();
        if (claims.RowCount > streamAbove && claims.RowCount > maxRowsPerSheet)
        {
            var k = 0;
            foreach (var chunk in claims.Rows.Chunk(maxRowsPerSheet))
            {
                k++;
                sheets.Add(k == 1
                    ? claims.WithRows(claims.Name, claims.Table, chunk)
                    : claims.WithRows(string.Create(CultureInfo.InvariantCulture, $"{ClaimsSheet.Name} ({k})"), string.Create(CultureInfo.InvariantCulture, $"Claims_{k}"), chunk));
            }
        }
        else
        {
            sheets.Add(claims);
        }
        // What changed since the previous edition comes before the data it describes.
        if (changes is not null) sheets.Insert(0, ChangesSheet.Spec(changes));
        // What the sides contest, and whom each blames, right after the claims they rest on.
        sheets.Add(ContestedSheet.Spec(model));
        sheets.Add(AttributionSheet.Spec(model));
        sheets.Add(SamePeopleSheet.Spec(model));
        sheets.AddRange(TotalsSheets.Groups.Select(g => TotalsSheets.Spec(model, g.Group)));
        sheets.Add(IncidentsSheet.Spec(model));
        sheets.Add(SourcesSheet.Spec(model));
        sheets.Add(DocumentsSheet.Spec(model));
        return sheets;
    }

    /// <inheritdoc />
    public void Write(AnalysedModel model, Stream stream)
    {
        var data = DataSheets(model);
        var charts = new ChartsSheet(model,
            (SheetSpec<TotalRow>)data.Single(s => s.Name == TotalsSheets.NameOf(GroupKind.Side)),
            (SheetSpec<TotalRow>)data.Single(s => s.Name == TotalsSheets.NameOf(GroupKind.Source)),
            (SheetSpec<IncidentRange>)data.Single(s => s.Name == IncidentsSheet.Name));
        var head = RunningHead.Of(model, Language);

        using var wb = new XLWorkbook();
        wb.AddWorksheet(AboutSheet.Name);
        wb.AddWorksheet(ChartsSheet.Name);
        foreach (var sheet in data) wb.AddWorksheet(sheet.Name);

        // The Charts sheet always streams: its cells are formulas with their current values, which
        // ClosedXML 0.95.4 does not write.
        var streamed = new List<IStreamedSheet> { charts };
        // Past the threshold in claims every data sheet streams: a totals sheet of a few rows then
        // holds claim lists as long as the dataset, which ClosedXML would pass through its shared
        // string table (at 100,000 claims, 3% of the run's samples for under 200 rows).
        var large = model.Claims.Length > streamAbove;
        foreach (var sheet in data)
        {
            if (large || sheet.RowCount > streamAbove) streamed.Add(sheet.Streamed());
            else sheet.Write(wb.Worksheet(sheet.Name), head);
        }

        var claimSheets = data.Where(s => s.Table.StartsWith("Claims", StringComparison.Ordinal)).ToList();
        var notes = new List<string>();
        if (claimSheets.Count > 1) notes.Add(Language.ClaimsContinueOn(maxRowsPerSheet, claimSheets.Skip(1).Select(s => s.Name).ToList()));
        var claimCount = claimSheets.Sum(s => s.RowCount);
        if (streamed.OfType<IStreamedSheet>().Any(s => s.Name == ClaimsSheet.Name) && 2 * claimCount > StreamedSheet<object>.MaxHyperlinks)
            notes.Add(Language.LinksLeftOut(claimCount, StreamedSheet<object>.MaxHyperlinks));
        var index = new List<(string, string)> { (ChartsSheet.Name, ChartsSheet.Holds) };
        index.AddRange(data.Select(s => (s.Name, s.Holds)));
        AboutSheet.Write(wb.Worksheet(AboutSheet.Name), model, index, notes, changes, head);

        using var small = new MemoryStream();
        wb.SaveAs(small);
        small.Position = 0;
        XlsxAssembler.Assemble(small, stream, streamed, new XlsxAssembler.Properties(model.Dataset.Title, "Dashboard " + Provenance.GeneratorVersion, generatedAt), head,
            [(ChartsSheet.Name, ((IStreamedSheet)charts).Print), .. data.Select(s => (s.Name, s.Print))]);
    }

    /// <summary>
    /// Saves a throwaway workbook of a few cells (bold text, a number format, a table, a link, a
    /// landscape page) through ClosedXML on a pool thread, once per process. ClosedXML's first save
    /// in a process costs about 0.3 s of one-time set-up (its types, the Open XML SDK's element
    /// metadata), and on a small dataset that is the run's longest path; started while the dataset
    /// loads, the set-up runs on the other core. Its allocations count towards the load stage's in
    /// <c>--timings</c>, which measures the whole process.
    /// </summary>
    public static Task WarmUp() => Warm.Value;

    private static readonly Lazy<Task> Warm = new(() => Task.Run(() =>
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet(AboutSheet.Name);
        ws.Cell(1, 1).SetValue("warm");
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(2, 1).SetValue(1.5);
        ws.Cell(2, 1).Style.NumberFormat.Format = "#,##0";
        ws.Column(1).Width = 20;
        ws.Range(1, 1, 2, 1).CreateTable("Warm");
        ws.Cell(3, 1).Hyperlink = new XLHyperlink("#'About'!A1");
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        using var sink = new MemoryStream();
        wb.SaveAs(sink);
    }));

    /// <summary>Every sheet in workbook order with what it holds (About first).</summary>
    public IReadOnlyList<(string Sheet, string Holds)> Index(AnalysedModel model) =>
        [(AboutSheet.Name, AboutSheet.Holds), (ChartsSheet.Name, ChartsSheet.Holds), .. DataSheets(model).Select(s => (s.Name, s.Holds))];
}
