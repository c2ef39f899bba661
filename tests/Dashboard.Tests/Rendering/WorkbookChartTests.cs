using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Rendering.Charts;
using Dashboard.Rendering.Words;
using Dashboard.Tests.Support;
using Dashboard.Validation;
using DocumentFormat.OpenXml.Packaging;
using Xunit.Abstractions;

namespace Dashboard.Tests.Rendering;

/// <summary>The Charts sheet: native charts that read the workbook's own cells.</summary>
public partial class WorkbookChartTests(ITestOutputHelper output)
{
    private static readonly AnalysedModel Bundled = AnalysedModel.Build(ValidatedDataset.Load(Repo.BundledData).Valid!);
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private sealed record Series(string Name, string Values, IReadOnlyList<double?> Cached);

    private sealed record Chart(string Title, string Categories, IReadOnlyList<string> CategoryCache, IReadOnlyList<Series> Series);

    /// <summary>The charts of a workbook, read back from their parts.</summary>
    private static List<Chart> Charts(byte[] xlsx)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Charts");
        var part = (WorksheetPart)wb.GetPartById(sheet.Id!);
        return part.DrawingsPart!.ChartParts.Select(cp =>
        {
            using var s = cp.GetStream();
            var x = XDocument.Load(s);
            var title = string.Concat(x.Root!.Element(C + "chart")!.Element(C + "title")!.Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value));
            var series = x.Descendants(C + "ser").ToList();
            var cat = series[0].Element(C + "cat")!.Element(C + "strRef")!;
            return new Chart(title, cat.Element(C + "f")!.Value, Points(cat, C + "strCache").Select(p => p!).ToList(),
                series.Select(ser =>
                {
                    var num = ser.Element(C + "val")!.Element(C + "numRef")!;
                    var count = int.Parse(num.Element(C + "numCache")!.Element(C + "ptCount")!.Attribute("val")!.Value, CultureInfo.InvariantCulture);
                    var cache = Points(num, C + "numCache");
                    var values = Enumerable.Range(0, count).Select(i => cache.Count > i && cache[i] is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : (double?)null).ToList();
                    return new Series(ser.Element(C + "tx")!.Element(C + "v")!.Value, num.Element(C + "f")!.Value, values);
                }).ToList());
        }).ToList();

        static List<string?> Points(XElement reference, XName cache)
        {
            var c = reference.Element(cache)!;
            var n = int.Parse(c.Element(C + "ptCount")!.Attribute("val")!.Value, CultureInfo.InvariantCulture);
            var points = new string?[n];
            foreach (var pt in c.Elements(C + "pt")) points[int.Parse(pt.Attribute("idx")!.Value, CultureInfo.InvariantCulture)] = pt.Element(C + "v")!.Value;
            return [.. points];
        }
    }

    [GeneratedRegex(@"^'(?<sheet>(?:[^']|'')+)'!\$(?<col>[A-Z]+)\$(?<first>\d+):\$(?<col2>[A-Z]+)\$(?<last>\d+)$")]
    private static partial Regex RangeFormula();

    [Fact]
    public void Three_charts_sit_on_the_charts_sheet_right_after_about_with_the_reports_titles()
    {
        var xlsx = Render.Bytes(Bundled, "figures.xlsx");
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        Assert.Equal(["About", "Charts"], wb.Worksheets.Select(w => w.Name).Take(2));
        var expected = new[] { "by-side", "by-source", "incident-ranges" }.Select(Words.English.ChartTitle);
        Assert.Equal(expected, Charts(xlsx).Select(c => c.Title));
    }

    [Fact]
    public void The_first_chart_runs_across_the_top_and_the_other_two_sit_side_by_side_within_the_columns_each_under_its_source_line()
    {
        var xlsx = Render.Bytes(Bundled, "figures.xlsx");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Charts");
        var part = (WorksheetPart)wb.GetPartById(sheet.Id!);
        // Excel draws a column of width w (characters, padding included) as floor(w × 7) pixels at Calibri 11.
        var columns = part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>()
            .OrderBy(c => c.Min!.Value).Select(c => (int)Math.Floor(c.Width!.Value * 7)).ToList();
        int Left(int column) => columns.Take(column).Sum();
        XNamespace xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
        XDocument drawing;
        using (var s = part.DrawingsPart!.GetStream()) drawing = XDocument.Load(s);
        var anchors = drawing.Root!.Elements(xdr + "oneCellAnchor").Select(a =>
        {
            var from = a.Element(xdr + "from")!;
            var ext = a.Element(xdr + "ext")!;
            int Int(XElement e, string name) => int.Parse(e.Element(xdr + name)!.Value, CultureInfo.InvariantCulture);
            var left = Left(Int(from, "col")) + Int(from, "colOff") / 9525;
            var width = (int)(long.Parse(ext.Attribute("cx")!.Value, CultureInfo.InvariantCulture) / 9525);
            var height = (int)(long.Parse(ext.Attribute("cy")!.Value, CultureInfo.InvariantCulture) / 9525);
            return (Row: Int(from, "row"), Column: Int(from, "col"), Left: left, Right: left + width, Height: height);
        }).ToList();
        Assert.Equal(3, anchors.Count);
        var (top, bySource, incidents) = (anchors[0], anchors[1], anchors[2]);
        Assert.Equal(0, top.Column);
        // By source and the incidents share a row below the first chart and the rows it covers (20 pixels each).
        Assert.Equal(bySource.Row, incidents.Row);
        Assert.True(bySource.Row * 20 >= top.Row * 20 + top.Height, $"chart 2 at row {bySource.Row} overlaps chart 1 ({top.Row}, {top.Height} px)");
        Assert.Equal(bySource.Height, incidents.Height);
        Assert.True(bySource.Right < incidents.Left, $"chart 2 ends at {bySource.Right} px, chart 3 starts at {incidents.Left}");
        Assert.True(incidents.Right <= columns.Sum(), $"chart 3 ends at {incidents.Right} px, past the last column at {columns.Sum()}");
        // Neither of the pair is squeezed under two fifths of the width.
        Assert.All([bySource, incidents], a => Assert.True(a.Right - a.Left >= 0.4 * columns.Sum() - 20, $"{a.Right - a.Left} of {columns.Sum()} px"));

        // Each chart's source line is in the row above it, merged across the columns the chart stands on.
        using var closed = new XLWorkbook(new MemoryStream(xlsx));
        var ws = closed.Worksheet("Charts");
        var recipes = new[] { ChartRecipes.BySide(Bundled, Words.English), ChartRecipes.BySource(Bundled, Words.English), ChartRecipes.IncidentRanges(Bundled, Words.English) };
        for (var k = 0; k < anchors.Count; k++)
        {
            var cell = ws.Cell(anchors[k].Row, anchors[k].Column + 1);
            Assert.StartsWith(recipes[k].SourceLine, cell.GetString(), StringComparison.Ordinal);
            Assert.True(cell.IsMerged());
            var merged = cell.MergedRange();
            Assert.True(Left(merged.RangeAddress.LastAddress.ColumnNumber) >= anchors[k].Right - 20, $"chart {k + 1}'s source line stops short of it");
            Assert.Equal(anchors[k].Left, Left(merged.RangeAddress.FirstAddress.ColumnNumber - 1));
        }
    }

    [Fact]
    public void Every_series_reads_a_range_inside_a_table_and_the_cells_hold_what_the_chart_shows()
    {
        var xlsx = Render.Bytes(Bundled, "figures.xlsx");
        using var wb = new XLWorkbook(new MemoryStream(xlsx));
        var recipes = new[] { ChartRecipes.BySide(Bundled, Words.English), ChartRecipes.BySource(Bundled, Words.English), ChartRecipes.IncidentRanges(Bundled, Words.English) };
        var charts = Charts(xlsx);
        Assert.Equal(3, charts.Count);
        // The bundled data has both cases a bar can show: a bounded range (57–59) and an open one (9+).
        Assert.Contains(recipes.SelectMany(r => r.Rows), r => r.Range.High > r.Range.Low);
        Assert.Contains(recipes.SelectMany(r => r.Rows), r => r.Range.IsOpen);
        for (var k = 0; k < charts.Count; k++)
        {
            var chart = charts[k];
            var rows = recipes[k].Rows;
            var categories = Cells(wb, chart.Categories);
            Assert.Equal(rows.Select(r => $"{r.Label} ({r.Display})"), categories.Select(c => c.GetString()));
            Assert.Equal(chart.CategoryCache, categories.Select(c => c.GetString()));
            foreach (var series in chart.Series)
            {
                var cells = Cells(wb, series.Values);
                Assert.Equal(series.Cached, cells.Select(c => c.IsEmpty() ? (double?)null : c.GetDouble()));
            }
            // Per bar, the solid series add to the lowest figure and the light ones to the rest of the range.
            for (var i = 0; i < rows.Count; i++)
            {
                var lowest = chart.Series.Where((_, s) => s % 2 == 0).Sum(s => s.Cached[i] ?? 0);
                var rest = chart.Series.Where((_, s) => s % 2 == 1).Sum(s => s.Cached[i] ?? 0);
                Assert.Equal(rows[i].Range.Low, lowest);
                Assert.Equal(rows[i].Range.High is { } h ? h - rows[i].Range.Low : 0, rest);
                // Exactly one side's pair of series carries each bar: the legend names its colour.
                Assert.Single(chart.Series.Where((s, n) => n % 2 == 0 && s.Cached[i] is not null));
            }
        }
    }

    /// <summary>The cells a range formula names, checked to lie inside one of its sheet's tables, below the header.</summary>
    private static List<IXLCell> Cells(XLWorkbook wb, string formula)
    {
        var m = RangeFormula().Match(formula);
        Assert.True(m.Success, $"not a range formula: {formula}");
        var ws = wb.Worksheet(m.Groups["sheet"].Value.Replace("''", "'", StringComparison.Ordinal));
        var (first, last) = (int.Parse(m.Groups["first"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["last"].Value, CultureInfo.InvariantCulture));
        var column = XLHelper.GetColumnNumberFromLetter(m.Groups["col"].Value);
        Assert.Equal(m.Groups["col"].Value, m.Groups["col2"].Value);
        Assert.Contains(ws.Tables, t => t.RangeAddress.FirstAddress.RowNumber < first && t.RangeAddress.LastAddress.RowNumber >= last
            && t.RangeAddress.FirstAddress.ColumnNumber <= column && t.RangeAddress.LastAddress.ColumnNumber >= column);
        return Enumerable.Range(first, last - first + 1).Select(r => (IXLCell)ws.Cell(r, column)).ToList();
    }

    [Fact]
    public void A_corrected_figure_moves_its_bar_when_the_spreadsheet_recalculates()
    {
        // ClosedXML's formula engine stands in for Excel: change the SDF's killed total on By side
        // and the chart's cells follow.
        using var wb = new XLWorkbook(new MemoryStream(Render.Bytes(Bundled, "figures.xlsx")));
        var bySide = wb.Worksheet("By side");
        var header = bySide.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var sdfKilled = bySide.RowsUsed().Single(r => r.Cell(1).GetString() == "sdf" && r.Cell(header["metric"]).GetString() == "killed").RowNumber();
        bySide.Cell(sdfKilled, header["range_low"]).Value = 80;
        bySide.Cell(sdfKilled, header["range_high"]).Value = 95;
        var charts = wb.Worksheet("Charts");
        var table = charts.Tables.Single(t => t.Name == "ChartBySide");
        var row = table.DataRange.Rows().Single(r => r.Cell(1).GetString().StartsWith("Killed: SDF sources", StringComparison.Ordinal));
        var columns = table.Fields.Select(f => f.Name).ToList();
        Assert.Equal(80d, row.Cell(columns.IndexOf("SDF sources: lowest") + 1).GetDouble());
        Assert.Equal(15d, row.Cell(columns.IndexOf("SDF sources: to highest") + 1).GetDouble());
    }

    [RequiresSofficeFact]
    public void LibreOffice_keeps_every_chart_and_exports_the_charts_sheet()
    {
        using var dir = new TempDir();
        var xlsx = dir.File("figures.xlsx");
        File.WriteAllBytes(xlsx, Render.Bytes(Bundled, "figures.xlsx"));
        Soffice.Convert(dir, "ods", xlsx);
        using (var ods = System.IO.Compression.ZipFile.OpenRead(dir.File("figures.ods")))
        {
            var charts = ods.Entries.Count(e => Regex.IsMatch(e.FullName, @"^Object \d+/content\.xml$"));
            Assert.Equal(3, charts);
        }
        // Every sheet on one page: page 2 is the Charts sheet, kept for review.
        Soffice.Convert(dir, "pdf:calc_pdf_Export:{\"SinglePageSheets\":{\"type\":\"boolean\",\"value\":\"true\"}}", xlsx);
        var pdf = File.ReadAllBytes(dir.File("figures.pdf"));
        Assert.Equal(new Dashboard.Rendering.Excel.FiguresWorkbook().Index(Bundled).Count, Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count);
        var artifact = Path.Combine(AppContext.BaseDirectory, "artifacts", "figures-sheets.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(artifact)!);
        File.WriteAllBytes(artifact, pdf);
        output.WriteLine("every sheet, one page each (page 2: Charts): " + artifact);
    }
}
