using System.Diagnostics;
using System.Text;
using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Rendering.Excel;
using Dashboard.Tests.Support;
using Dashboard.Validation;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Dashboard.Tests.Rendering;

public class WorkbookTests
{
    private static readonly AnalysedModel Bundled = AnalysedModel.Build(ValidatedDataset.Load(Repo.BundledData).Valid!);

    private static XLWorkbook Open(AnalysedModel model) => new(new MemoryStream(Render.Bytes(model, "figures.xlsx")));

    private static int Column(IXLWorksheet ws, string header) =>
        ws.Row(1).CellsUsed().First(c => c.GetString() == header).Address.ColumnNumber;

    [Fact]
    public async Task The_warm_up_saves_a_throwaway_workbook_of_a_table_a_link_and_formats_without_error()
    {
        // Run.Generate starts it and never waits for it: a call ClosedXML refused would go unseen there.
        await FiguresWorkbook.WarmUp();
    }

    [Fact]
    public void Validates_against_the_open_xml_schema_with_no_error()
    {
        using var stream = new MemoryStream(Render.Bytes(Bundled, "figures.xlsx"));
        using var doc = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2013).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void The_bundled_datasets_small_tables_stay_closedxmls()
    {
        // The owner named ClosedXML as the writer of the designed sheets: a lower streaming
        // threshold must still leave every sheet of the bundled data on that path.
        Assert.All(new FiguresWorkbook().DataSheets(Bundled), s => Assert.True(s.RowCount <= FiguresWorkbook.DefaultStreamAbove, $"{s.Name}: {s.RowCount} rows"));
    }

    [Fact]
    public void Has_the_sheets_in_order_each_data_block_a_named_table_with_frozen_header()
    {
        using var wb = Open(Bundled);
        Assert.Equal(["About", "Charts", "Claims", "Contested", "Attribution", "Same people", "By side", "By source", "By affected", "By document", "Incidents", "Sources", "Documents"], wb.Worksheets.Select(w => w.Name));
        Assert.Equal(new FiguresWorkbook().Index(Bundled).Select(s => s.Sheet), wb.Worksheets.Select(w => w.Name));
        foreach (var (sheet, table) in new[] { ("Claims", "Claims"), ("Contested", "Contested"), ("Attribution", "Attribution"), ("Same people", "SamePeople"), ("By side", "BySide"), ("By source", "BySource"), ("By affected", "ByAffected"), ("By document", "ByDocument"), ("Incidents", "Incidents"), ("Sources", "Sources"), ("Documents", "Documents") })
        {
            var ws = wb.Worksheet(sheet);
            var t = Assert.Single(ws.Tables);
            Assert.Equal(table, t.Name);
            Assert.True(t.ShowAutoFilter);
            Assert.True(t.ShowRowStripes);
            Assert.Equal(1, ws.SheetView.SplitRow);
        }
    }

    [Fact]
    public void Every_claim_is_a_row_with_its_range_and_open_ends_blank()
    {
        using var wb = Open(Bundled);
        var ws = wb.Worksheet("Claims");
        var ids = ws.Column(1).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        Assert.Equal(Bundled.Claims.Select(c => c.Claim.Id), ids);
        var row = ids.IndexOf("001-social-affairs-displaced") + 2;
        Assert.Equal(46000d, ws.Cell(row, Column(ws, "value")).GetDouble());
        Assert.Equal(46000d, ws.Cell(row, Column(ws, "range_low")).GetDouble());
        Assert.True(ws.Cell(row, Column(ws, "range_high")).IsEmpty());
        Assert.True(ws.Cell(row, Column(ws, "open_above")).GetBoolean());
        Assert.Equal("46,000+", ws.Cell(row, Column(ws, "display")).GetString());
        Assert.Equal("#,##0", ws.Cell(row, Column(ws, "range_low")).Style.NumberFormat.Format);
        // low and high are a vague claim's recorded bounds: blank for a figure given as a number.
        Assert.True(ws.Cell(row, Column(ws, "low")).IsEmpty());
        var dozens = ids.IndexOf("000-sana-families-amid") + 2;
        Assert.Equal((20d, 99d), (ws.Cell(dozens, Column(ws, "low")).GetDouble(), ws.Cell(dozens, Column(ws, "high")).GetDouble()));
        // Harm mentioned with no figure: no value, no range, and the display says so.
        var mention = ids.IndexOf("000-defence-injured") + 2;
        Assert.True(ws.Cell(mention, Column(ws, "value")).IsEmpty() && ws.Cell(mention, Column(ws, "range_low")).IsEmpty() && ws.Cell(mention, Column(ws, "open_above")).IsEmpty());
        Assert.Equal(("unquantified", "mentioned, no figure"), (ws.Cell(mention, Column(ws, "qualifier")).GetString(), ws.Cell(mention, Column(ws, "display")).GetString()));
        var pct = ids.IndexOf("002-military-area-combed") + 2;
        Assert.Equal(90d, ws.Cell(pct, Column(ws, "range_low")).GetDouble());
        Assert.Contains("%", ws.Cell(pct, Column(ws, "range_low")).Style.NumberFormat.Format);
    }

    [Fact]
    public void Every_total_equals_the_analysed_models()
    {
        using var wb = Open(Bundled);
        foreach (var (sheet, group) in new[] { ("By side", GroupKind.Side), ("By source", GroupKind.Source), ("By affected", GroupKind.Affected), ("By document", GroupKind.Document) })
        {
            var ws = wb.Worksheet(sheet);
            var expected = Bundled.TotalsOf(group).ToList();
            var rows = ws.RowsUsed().Skip(1).ToList();
            Assert.Equal(expected.Count, rows.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                var r = rows[i];
                var t = expected[i];
                Assert.Equal(t.Key, r.Cell(1).GetString());
                Assert.Equal(t.Metric, r.Cell(Column(ws, "metric")).GetString());
                Assert.Equal(t.Range.Low, r.Cell(Column(ws, "range_low")).GetDouble());
                Assert.Equal(t.Range.High, r.Cell(Column(ws, "range_high")).IsEmpty() ? null : r.Cell(Column(ws, "range_high")).GetDouble());
                Assert.Equal(t.IndependentDocuments, r.Cell(Column(ws, "independent_documents")).GetDouble());
                Assert.Equal(string.Join(" ", t.ClaimIds), r.Cell(Column(ws, "claims")).GetString());
            }
        }
    }

    [Fact]
    public void Text_stays_text_formula_looking_text_is_no_formula_and_arabic_is_intact_right_to_left()
    {
        var model = new Fixture().Claim("c1", "killed", 2, evidence: "=HYPERLINK(\"http://x\",\"y\")", note: "0012")
            .Claim("c2", "injured", 3, incident: "i2", evidence: "قتيلين و8 مصابين", note: "3-3.5").Analyse();
        using var wb = Open(model);
        var ws = wb.Worksheet("Claims");
        var evidence = Column(ws, "evidence");
        var note = Column(ws, "note");
        Assert.False(ws.Cell(2, evidence).HasFormula);
        Assert.Equal(XLDataType.Text, ws.Cell(2, evidence).DataType);
        Assert.Equal("=HYPERLINK(\"http://x\",\"y\")", ws.Cell(2, evidence).GetString());
        Assert.Equal(XLDataType.Text, ws.Cell(2, note).DataType);
        Assert.Equal("0012", ws.Cell(2, note).GetString());
        Assert.Equal("3-3.5", ws.Cell(3, note).GetString());
        Assert.Equal(XLDataType.Text, ws.Cell(3, note).DataType);
        Assert.Equal("قتيلين و8 مصابين", ws.Cell(3, evidence).GetString());
        Assert.Equal(XLAlignmentReadingOrderValues.RightToLeft, ws.Cell(3, evidence).Style.Alignment.ReadingOrder);
    }

    [Fact]
    public void Claims_link_to_their_source_and_document_rows_and_vocabulary_columns_have_lists()
    {
        using var wb = Open(Bundled);
        var ws = wb.Worksheet("Claims");
        var link = ws.Cell(2, Column(ws, "source")).GetHyperlink();
        Assert.Contains("Sources", link.InternalAddress);
        var target = wb.Worksheet("Sources").Cell(link.InternalAddress.Split('!')[1].Replace("$", "")).GetString();
        Assert.Equal(ws.Cell(2, Column(ws, "source")).GetString(), target);
        Assert.Contains("Documents", ws.Cell(2, Column(ws, "document")).GetHyperlink().InternalAddress);
        var qualifier = ws.Cell(2, Column(ws, "qualifier"));
        Assert.True(qualifier.HasDataValidation);
        Assert.Contains("more_than", qualifier.DataValidation.Value);
    }

    [Fact]
    public void Columns_are_sized_from_their_content_and_long_text_wraps_in_a_narrow_column()
    {
        using var wb = Open(Bundled);
        var ws = wb.Worksheet("Claims");
        // Statements run past 32 characters ("aleppo-health-directorate/killed/health-toll-shelling"):
        // the column stops at 32 and wraps, so the sheet stays narrow enough to print.
        Assert.True(Bundled.Claims.Max(c => c.Statement.ToString().Length) > 32);
        Assert.InRange(ws.Column(Column(ws, "statement")).Width, 32, 33);
        Assert.True(ws.Column(Column(ws, "statement")).Style.Alignment.WrapText);
        // "government" is the longest side the claims name: 10 characters and 2 for the filter button.
        Assert.InRange(ws.Column(Column(ws, "side")).Width, 12, 13);
        Assert.False(ws.Column(Column(ws, "side")).Style.Alignment.WrapText);
        // Evidence and notes always wrap, in columns sized for paper (LongTextWidthTests): as wide as each other here.
        Assert.InRange(ws.Column(Column(ws, "evidence")).Width, CellRules.MinWrappedWidth, CellRules.MaxWrappedWidth + 1);
        Assert.Equal(ws.Column(Column(ws, "note")).Width, ws.Column(Column(ws, "evidence")).Width);
        Assert.True(ws.Column(Column(ws, "evidence")).Style.Alignment.WrapText);
    }

    [Fact]
    public void About_sheet_gives_provenance_and_an_index_of_the_other_sheets()
    {
        using var wb = Open(Bundled);
        var text = string.Join("\n", wb.Worksheet("About").CellsUsed().Select(c => c.GetString()));
        // The digest of the file on disk, computed here rather than read back from the model.
        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Repo.BundledData))), text);
        Assert.Contains("Dashboard 0.1.0", text);
        // The index names every sheet the workbook really has, not the writer's own list of them.
        Assert.All(wb.Worksheets.Select(w => w.Name).Where(n => n != "About"), name => Assert.Contains(name, text));
        // The method is the report's, from the same words.
        Assert.All(Dashboard.Rendering.Words.Words.English.Method(Dashboard.Rendering.Words.MethodFacts.Of(Bundled)), p => Assert.Contains(p.Text, text));
    }

    [RequiresSofficeFact]
    public void LibreOffice_opens_it_and_the_claims_sheet_holds_every_claim_id()
    {
        using var dir = new TempDir();
        var xlsx = dir.File("figures.xlsx");
        File.WriteAllBytes(xlsx, Render.Bytes(Bundled, "figures.xlsx"));
        // The last token (-1) exports every sheet as figures-SHEET.csv; 76 is UTF-8.
        Soffice.Convert(dir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", xlsx);
        var claims = Path.Combine(dir.Path, "figures-Claims.csv");
        Assert.True(File.Exists(claims), "no Claims CSV");
        var csv = File.ReadAllText(claims, Encoding.UTF8);
        Assert.All(Bundled.Claims, c => Assert.Contains(c.Claim.Id + ",", csv));
        Assert.Contains("أكثر من 46 ألف", csv);
    }
}
