using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Rendering.Excel;
using Dashboard.Rendering.Excel.Sheets;
using Dashboard.Tests.Support;
using Dashboard.Validation;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Dashboard.Tests.Rendering;

/// <summary>The streaming path for large sheets, forced on small data so it can be compared with the ClosedXML path.</summary>
public class StreamedWorkbookTests
{
    private static readonly AnalysedModel Bundled = AnalysedModel.Build(ValidatedDataset.Load(Repo.BundledData).Valid!);

    private static byte[] Write(AnalysedModel model, FiguresWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.Write(model, stream);
        return stream.ToArray();
    }

    private static string Cells(IXLWorksheet ws) => string.Join("\n", ws.CellsUsed().Select(c =>
        $"{c.Address}|{c.DataType}|{c.GetString()}|{(c.DataType == XLDataType.Number ? c.Style.NumberFormat.Format : "")}|{c.Style.Alignment.ReadingOrder}|{(c.HasHyperlink ? c.GetHyperlink().InternalAddress.Replace("'", "") : "")}"));

    [Fact]
    public void Streamed_sheets_pass_the_open_xml_validator()
    {
        using var stream = new MemoryStream(Write(Bundled, new FiguresWorkbook(streamAbove: 0)));
        using var doc = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2013).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [RequiresSofficeFact]
    public void LibreOffice_shows_streamed_sheets_as_it_shows_the_closedxml_path()
    {
        // Streamed cells name their place only after a blank cell; the spreadsheet program must put
        // every value in the same cell, shown the same way, as on the path that names every cell.
        var shown = new Dictionary<string, string>[2];
        var workbooks = new[] { new FiguresWorkbook(), new FiguresWorkbook(streamAbove: 0) };
        for (var k = 0; k < 2; k++)
        {
            using var dir = new TempDir();
            var xlsx = dir.File("figures.xlsx");
            File.WriteAllBytes(xlsx, Write(Bundled, workbooks[k]));
            // The last token (-1) exports every sheet as figures-SHEET.csv; 76 is UTF-8.
            Soffice.Convert(dir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", xlsx);
            shown[k] = Directory.GetFiles(dir.Path, "figures-*.csv").ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f, System.Text.Encoding.UTF8), StringComparer.Ordinal);
        }
        Assert.Equal(shown[0].Keys.Order(StringComparer.Ordinal), shown[1].Keys.Order(StringComparer.Ordinal));
        // The Claims sheet has blank cells (no low, no high) followed by written ones.
        Assert.Contains(",,", shown[1]["figures-Claims.csv"]);
        Assert.All(shown[0], sheet => Assert.Equal(sheet.Value, shown[1][sheet.Key]));
    }

    [Fact]
    public void Streamed_sheets_read_back_equal_to_the_closedxml_path()
    {
        using var small = new XLWorkbook(new MemoryStream(Write(Bundled, new FiguresWorkbook())));
        using var streamed = new XLWorkbook(new MemoryStream(Write(Bundled, new FiguresWorkbook(streamAbove: 0))));
        Assert.Equal(small.Worksheets.Select(w => w.Name), streamed.Worksheets.Select(w => w.Name));
        // About is always ClosedXML's and Charts always streamed: every other sheet is compared.
        foreach (var ws in small.Worksheets.Where(w => w.Name is not ("About" or "Charts")))
        {
            var other = streamed.Worksheet(ws.Name);
            Assert.Equal(Cells(ws), Cells(other));
            Assert.Equal(ws.Tables.Single().Name, other.Tables.Single().Name);
            Assert.Equal(1, other.SheetView.SplitRow);
            Assert.Equal(ws.ColumnsUsed().Select(c => Math.Round(c.Width)), other.ColumnsUsed().Select(c => Math.Round(c.Width)));
        }
        var qualifier = streamed.Worksheet("Claims").Cell(2, ClaimsSheet.Spec(Bundled).ColumnOf("qualifier"));
        Assert.True(qualifier.HasDataValidation);
        Assert.Contains("more_than", qualifier.DataValidation.Value);
    }

    [Fact]
    public void Claims_past_a_sheets_row_limit_continue_on_numbered_sheets_and_about_says_so()
    {
        var bytes = Write(Bundled, new FiguresWorkbook(streamAbove: 0, maxRowsPerSheet: 13));
        using var wb = new XLWorkbook(new MemoryStream(bytes));
        Assert.Equal(["About", "Charts", "Claims", "Claims (2)", "Claims (3)", "Contested"], wb.Worksheets.Select(w => w.Name).Take(6));
        var ids = new[] { "Claims", "Claims (2)", "Claims (3)" }.SelectMany(s => wb.Worksheet(s).Column(1).CellsUsed().Skip(1).Select(c => c.GetString())).ToList();
        Assert.Equal(Bundled.Claims.Select(c => c.Claim.Id), ids);
        Assert.Equal([13, 13, 4], new[] { "Claims", "Claims (2)", "Claims (3)" }.Select(s => wb.Worksheet(s).RowsUsed().Count() - 1));
        Assert.Equal(["Claims", "Claims_2", "Claims_3"], new[] { "Claims", "Claims (2)", "Claims (3)" }.Select(s => wb.Worksheet(s).Tables.Single().Name));
        var about = string.Join("\n", wb.Worksheet("About").CellsUsed().Select(c => c.GetString()));
        Assert.Contains("continue on Claims (2), Claims (3)", about);

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2013).Validate(doc));
    }

    [Fact]
    public void Past_the_threshold_in_claims_a_short_totals_sheet_streams_its_claim_lists_inline()
    {
        // 30 claims over a threshold of 20: "By side" has fewer rows than that, yet streams.
        var workbook = new FiguresWorkbook(streamAbove: 20);
        var bySide = TotalsSheets.Spec(Bundled, GroupKind.Side);
        Assert.InRange(bySide.RowCount, 1, 20);
        Assert.True(Bundled.Claims.Length > 20);
        var bytes = Write(Bundled, workbook);

        var ids = bySide.Rows[0].Total.ClaimIds;
        var joined = ids[0] + " " + ids[1];
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes)))
        {
            using var shared = new StreamReader(zip.GetEntry("xl/sharedStrings.xml")!.Open());
            Assert.DoesNotContain(joined, shared.ReadToEnd(), StringComparison.Ordinal);
        }
        using var small = new XLWorkbook(new MemoryStream(Write(Bundled, new FiguresWorkbook())));
        using var streamed = new XLWorkbook(new MemoryStream(bytes));
        Assert.Contains(joined, streamed.Worksheet(bySide.Name).Cell(2, bySide.ColumnOf("claims")).GetString(), StringComparison.Ordinal);
        Assert.Equal(Cells(small.Worksheet(bySide.Name)), Cells(streamed.Worksheet(bySide.Name)));
    }

    [Fact]
    public void Control_characters_that_xml_cannot_hold_do_not_break_the_file()
    {
        var model = new Fixture().Claim("c1", "killed", 2, note: "bell\u0007 and nul-free text", evidence: "ok").Analyse();
        using var wb = new XLWorkbook(new MemoryStream(Write(model, new FiguresWorkbook(streamAbove: 0))));
        Assert.Equal("bell\uFFFD and nul-free text", wb.Worksheet("Claims").Cell(2, ClaimsSheet.Spec(Bundled).ColumnOf("note")).GetString());
    }

    [Theory]
    [InlineData(0, 8)]
    [InlineData(1, 8)]
    [InlineData(2, 8)]
    [InlineData(3, 8)]
    [InlineData(1, CellText.MaxCellText)]
    [InlineData(2, CellText.MaxCellText / 2)]
    [InlineData(3_640, 8)]
    public void A_claim_list_that_fits_is_its_ids_separated_by_spaces(int count, int length)
    {
        // Up to the limit exactly: one id of 32,767 characters, two of 16,383 and a space; and
        // 3,640 ids of 8 (32,759 characters), which the loop once cut to make room for the pointer.
        var ids = Enumerable.Range(0, count).Select(i => new string((char)('a' + i), length)).ToList();
        Assert.Equal(string.Join(' ', ids), CellText.ClaimList(ids));
    }

    [Fact]
    public void A_cell_never_holds_more_than_excel_allows()
    {
        var ids = Enumerable.Range(0, 5000).Select(i => $"claim-number-{i:D6}").ToList();
        var text = CellText.ClaimList(ids);
        Assert.True(text.Length <= CellText.MaxCellText);
        Assert.EndsWith("5,000 claims in all; the full list is in aggregates.json.", text);
        Assert.StartsWith("claim-number-000000 claim-number-000001", text);
    }
}
