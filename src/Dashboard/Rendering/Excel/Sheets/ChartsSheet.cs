using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dashboard.Analysis;
using Dashboard.Model;
using Dashboard.Rendering.Charts;

namespace Dashboard.Rendering.Excel.Sheets;

/// <summary>
/// The Charts sheet: the report's three bar charts of killed and injured (by claimant side, by
/// source, the range of each incident) as native Excel charts. Each chart reads a small table on
/// this sheet whose cells are formulas into the By side, By source and Incidents sheets, so a user
/// who corrects a figure there sees its bar follow. The bars are the report's: the same top-N rule,
/// the same side colours, solid to the lowest figure and lighter to the highest.
/// </summary>
internal sealed class ChartsSheet : IStreamedSheet
{
    public const string Name = "Charts";

    public static string Holds => Language.ChartsSheetHolds;

    private static Words.Words Language => FiguresWorkbook.Language;

    private const int ChartWidth = 860;
    private const int PixelsPerRow = 20;
    private const int FixedColumns = 5; // bar, side, source_row, range_low, range_high

    private readonly List<Block> _blocks = [];
    private readonly List<Band> _bands = [];
    private readonly IReadOnlyList<double> _widths;
    private readonly int _tablesTop;

    /// <summary>Charts side by side under one row of source lines, as tall as their longest source line needs.</summary>
    private sealed record Band(IReadOnlyList<Block> Blocks, int SourceLines);

    /// <summary>One chart with the table it reads.</summary>
    private sealed record Block(ChartSpec Chart, string Table, string Sheet, string DisplayColumn, string LowColumn, string HighColumn,
        IReadOnlyList<(ChartRow Row, int SourceRow)> Rows, IReadOnlyList<(Side? Side, string Label, string Colour)> Groups)
    {
        public int ChartRow { get; set; }
        public int Height { get; set; }
        /// <summary>The chart's columns (1-based, inclusive): its source line runs across them and the chart starts at the first.</summary>
        public int FirstColumn { get; set; } = 1;
        public int LastColumn { get; set; }
        public int Width { get; set; }
        public int HeadingRow { get; set; }
        public int HeaderRow => HeadingRow + 1;
        public int FirstRow => HeaderRow + 1;
        public int LastRow => HeaderRow + Math.Max(Rows.Count, 1);
        public int Columns => FixedColumns + 2 * Groups.Count;
    }

    public ChartsSheet(AnalysedModel model, SheetSpec<TotalRow> bySide, SheetSpec<TotalRow> bySource, SheetSpec<IncidentRange> incidents)
    {
        var words = Language;
        _blocks.Add(BlockOf(ChartRecipes.BySide(model, words), "ChartBySide", bySide, r => r.Total));
        _blocks.Add(BlockOf(ChartRecipes.BySource(model, words), "ChartBySource", bySource, r => r.Total));
        _blocks.Add(BlockOf(ChartRecipes.IncidentRanges(model, words), "ChartIncidents", incidents, r => r));

        // Charts first, from row 4, each under its source line; the tables they read follow. The first
        // chart (a bar or two per side) runs across the top; the other two sit side by side below it,
        // so that a landscape page holds all three rather than leaving half its width blank.
        var widths = _widths = Widths();
        var lastColumn = widths.Count;
        var row = 3;
        foreach (var band in new List<Block>[] { [_blocks[0]], [_blocks[1], _blocks[2]] })
        {
            if (band.Count == 1)
            {
                band[0].LastColumn = lastColumn;
                band[0].Width = ChartWidth;
            }
            else
            {
                var split = SplitColumn(band[0], band[1], widths);
                band[0].LastColumn = split - 1;
                band[0].Width = PixelsUpTo(widths, split - 1) - Gap;
                band[1].FirstColumn = split;
                band[1].LastColumn = lastColumn;
                band[1].Width = PixelsUpTo(widths, lastColumn) - PixelsUpTo(widths, split - 1) - Gap;
            }
            var height = band.Max(b => 150 + 34 * Math.Max(b.Rows.Count, 1));
            var sourceLines = band.Max(b => SourceLines(b, widths));
            foreach (var b in band)
            {
                b.ChartRow = row + 1;
                b.Height = height;
            }
            row = band[0].ChartRow + (height + PixelsPerRow - 1) / PixelsPerRow + 1;
            _bands.Add(new Band(band, sourceLines));
        }
        _tablesTop = row + 2;
        row = _tablesTop;
        foreach (var block in _blocks)
        {
            block.HeadingRow = row;
            row = block.LastRow + 2;
        }
    }

    string IStreamedSheet.Name => Name;

    IReadOnlyList<TableDefinition> IStreamedSheet.Tables => _blocks.Select(b => new TableDefinition(b.Table,
        $"A{b.HeaderRow}:{StreamedSheet<object>.Letters(b.Columns)}{b.LastRow}", Headers(b))).ToList();

    Drawing IStreamedSheet.Drawing => new(_blocks.Select(Chart).ToList());

    PrintLayout IStreamedSheet.Print => Print;

    /// <summary>
    /// The charts on one page and the tables they read on the next, one page wide. LibreOffice
    /// honours the break and scales the charts' page to hold them whole; Excel ignores manual breaks
    /// on a sheet fitted to the page width and breaks where the rows run out. The tables' header
    /// rows are far down the sheet, so none repeats.
    /// </summary>
    private PrintLayout Print
    {
        get
        {
            var page = PrintLayout.Page(_widths);
            var holds = page.PageHeightInPixels(_widths);
            var breaks = ImmutableArray.CreateBuilder<int>();
            // The title, the note (as tall as its lines) and a blank row come before the first chart.
            double used = 2 * PixelsPerRow + NoteLines(Language.ChartsSheetNote) * PixelsPerRow;
            foreach (var band in _bands)
            {
                // A band's source lines, the rows its charts cover and the blank row after it.
                var b = band.Blocks[0];
                var block = (band.SourceLines + 1 + (b.Height + PixelsPerRow - 1) / PixelsPerRow) * PixelsPerRow;
                if (used + block > holds && band != _bands[0])
                {
                    breaks.Add(b.ChartRow);
                    used = 0;
                }
                used += block;
            }
            breaks.Add(_tablesTop);
            return page with { BreaksBefore = breaks.ToImmutable() };
        }
    }

    /// <summary>
    /// Column widths in characters: the bar labels, side, source row and range, then 20 for each of
    /// a group's two columns, whose headers ("Government sources: to highest") wrap onto two lines.
    /// </summary>
    private double[] Widths()
    {
        double[] fixedWidths = [52, 18, 16, 12, 12];
        return Enumerable.Range(1, _blocks.Max(b => b.Columns)).Select(j => j <= fixedWidths.Length ? fixedWidths[j - 1] : GroupWidth).ToArray();
    }

    private const double GroupWidth = 20;

    /// <summary>Pixels between two charts side by side.</summary>
    private const int Gap = 12;

    /// <summary>The left edge of column <paramref name="column"/> + 1, in Excel's pixels (7 a character and 5 of padding a column).</summary>
    private static int PixelsUpTo(IReadOnlyList<double> widths, int column) => (int)Math.Round(PrintLayout.Pixels(widths, column));

    /// <summary>
    /// The column where the right-hand chart of a pair starts: the column edge nearest the share of
    /// the width that the left chart's longest bar label asks for, neither chart under two fifths.
    /// </summary>
    private static int SplitColumn(Block left, Block right, IReadOnlyList<double> widths)
    {
        static int Longest(Block b) => b.Rows.Count == 0 ? 1 : b.Rows.Max(r => BarText(r.Row).Length);
        var share = Math.Clamp((double)Longest(left) / (Longest(left) + Longest(right)), 0.4, 0.6);
        var total = PixelsUpTo(widths, widths.Count);
        return Enumerable.Range(2, widths.Count - 1).MinBy(c => Math.Abs(PixelsUpTo(widths, c - 1) - share * total));
    }

    /// <summary>Lines a chart's source line takes across its columns.</summary>
    private static int SourceLines(Block b, IReadOnlyList<double> widths) =>
        NoteLines(SourceLine(b), widths.Skip(b.FirstColumn - 1).Take(b.LastColumn - b.FirstColumn + 1).Sum());

    private static Block BlockOf<T>(ChartSpec chart, string table, SheetSpec<T> sheet, Func<T, object> origin)
    {
        // Only the chart's few dozen bars are looked for: a map of every row of the incidents sheet
        // (652,000 at a million claims) grew to 30 MB on the large-object heap.
        var rowOf = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        foreach (var bar in chart.Rows) rowOf[bar.Origin!] = 0;
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            var o = origin(sheet.Rows[i]);
            if (rowOf.ContainsKey(o)) rowOf[o] = i + 2;
        }
        var rows = chart.Rows.Select(r => (r, rowOf[r.Origin!] is > 0 and var row ? row : throw new InvalidOperationException($"A bar of {chart.Name} comes from no row of {sheet.Name}."))).ToList();
        var groups = Vocabulary.Sides.Where(s => rows.Any(r => r.r.Side == s.Value))
            .Select(s => ((Side?)s.Value, Language.Side(s.Value), Palette.Of(s.Value))).ToList();
        if (rows.Any(r => r.r.Side is null)) groups.Add((null, Language.BothSides, Palette.Neutral));
        string Letter(string header) => StreamedSheet<object>.Letters(sheet.ColumnOf(header));
        return new Block(chart, table, sheet.Name, Letter("display"), Letter("range_low"), Letter("range_high"), rows, groups);
    }

    private static List<string> Headers(Block b)
    {
        var headers = new List<string> { "bar", "side", "source_row", "range_low", "range_high" };
        foreach (var (_, label, _) in b.Groups)
        {
            headers.Add(Language.LowestColumn(label));
            headers.Add(Language.ToHighestColumn(label));
        }
        return headers;
    }

    private static string Ref(string sheet, string column, int row) => string.Create(CultureInfo.InvariantCulture, $"{SheetRef.Quote(sheet)}!${column}${row}");

    private static string Range(int column, int first, int last) =>
        string.Create(CultureInfo.InvariantCulture, $"{SheetRef.Quote(Name)}!${StreamedSheet<object>.Letters(column)}${first}:${StreamedSheet<object>.Letters(column)}${last}");

    private static string BarText(ChartRow row) => $"{row.Label} ({row.Display})";

    private NativeChart Chart(Block b)
    {
        var series = new List<NativeSeries>();
        for (var g = 0; g < b.Groups.Count; g++)
        {
            var (side, label, colour) = b.Groups[g];
            var mine = b.Rows.Select(r => r.Row.Side == side).ToList();
            series.Add(new NativeSeries($"{label}: {Language.LowestClaimed}", colour, Range(FixedColumns + 2 * g + 1, b.FirstRow, b.LastRow),
                b.Rows.Select((r, i) => mine[i] ? r.Row.Range.Low : (double?)null).ToList()));
            series.Add(new NativeSeries($"{label}: {Language.UpToHighest}", NativeChart.Lighter(colour), Range(FixedColumns + 2 * g + 2, b.FirstRow, b.LastRow),
                b.Rows.Select((r, i) => mine[i] ? Extra(r.Row.Range) : (double?)null).ToList()));
        }
        return new NativeChart(b.Chart.Title, SourceLine(b), b.Chart.Description, b.Chart.Units,
            Range(1, b.FirstRow, b.LastRow), b.Rows.Select(r => BarText(r.Row)).ToList(), series, b.ChartRow, b.FirstColumn - 1, b.Width, b.Height);
    }

    private static string SourceLine(Block b) => b.Chart.SourceLine + " " + Language.OpenEndedInBarLabel;

    /// <summary>The lighter part of a bar: up to the highest figure; none when the range is open (its label says "+").</summary>
    private static double Extra(FigureRange range) => range.High is { } high ? high - range.Low : 0;

    void IStreamedSheet.Write(Stream destination, SheetContext context)
    {
        var styles = context.Styles;
        var lastColumn = _widths.Count;
        var lastRow = _blocks[^1].LastRow;
        using var w = new Utf8Xml(destination);
        w.Raw("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"u8);
        PrintLayout.WriteSheetProperties(w);
        w.Raw("<dimension ref=\"A1:"u8).Raw(StreamedSheet<object>.Letters(lastColumn)).Integer(lastRow).Raw("\"/>"u8);
        w.Raw("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>"u8);
        var widths = _widths;
        for (var j = 1; j <= lastColumn; j++)
        {
            w.Raw("<col min=\""u8).Integer(j).Raw("\" max=\""u8).Integer(j).Raw("\" width=\""u8).Number(widths[j - 1] + 0.710625).Raw("\" customWidth=\"1\"/>"u8);
        }
        w.Raw("</cols><sheetData>"u8);
        TextRow(w, 1, Language.ChartsSheetTitle, styles.Heading);
        // The sheet's note runs across its width and wraps there (past the last column a printed page
        // cuts text off); each band's source lines run across the columns of their own chart.
        var notes = new List<(int Row, int First, int Last)>();
        NoteRow(2, [(1, lastColumn, Language.ChartsSheetNote)], NoteLines(Language.ChartsSheetNote));
        // Rows must come in order: each band's source lines, then the tables.
        foreach (var band in _bands)
        {
            NoteRow(band.Blocks[0].ChartRow, band.Blocks.Select(b => (b.FirstColumn, b.LastColumn, SourceLine(b))).ToList(), band.SourceLines);
        }
        foreach (var b in _blocks)
        {
            TextRow(w, b.HeadingRow, Language.FiguresOfChart(b.Chart.Title), styles.Heading);
            var headers = Headers(b);
            // LibreOffice keeps a row one line tall unless told: the wrapped headers say how tall.
            var lines = headers.Select((h, j) => CellRules.Lines(h, widths[j])).Max();
            w.Raw("<row r=\""u8).Integer(b.HeaderRow);
            if (lines > 1) w.Raw("\" ht=\""u8).Number(lines * CellRules.LineHeight).Raw("\" customHeight=\"1"u8);
            w.Raw("\">"u8);
            for (var j = 0; j < headers.Count; j++) InlineText(w, j + 1, b.HeaderRow, headers[j], styles.Wrap);
            w.Raw("</row>"u8);
            for (var i = 0; i < b.Rows.Count; i++)
            {
                var (chartRow, source) = b.Rows[i];
                var r = b.FirstRow + i;
                var range = chartRow.Range;
                w.Raw("<row r=\""u8).Integer(r).Raw("\">"u8);
                var label = BarText(chartRow);
                FormulaText(w, 1, r, $"\"{Escape(chartRow.Label)} (\"&{Ref(b.Sheet, b.DisplayColumn, source)}&\")\"", label, styles.Text);
                InlineText(w, 2, r, chartRow.Side is { } side ? Language.Side(side) : Language.BothSides, styles.Text);
                InlineText(w, 3, r, string.Create(CultureInfo.InvariantCulture, $"{SheetRef.Quote(b.Sheet)}!A{source}"), styles.Text);
                FormulaNumber(w, 4, r, Ref(b.Sheet, b.LowColumn, source), range.Low, styles.Count);
                // An open range has a blank range_high on its sheet: blank here too, and no lighter part.
                var high = Ref(b.Sheet, b.HighColumn, source);
                var highFormula = $"IF(ISBLANK({high}),\"\",{high})";
                if (range.High is { } h) FormulaNumber(w, 5, r, highFormula, h, styles.Count);
                else FormulaText(w, 5, r, highFormula, "", styles.Count);
                var g = b.Groups.Select((x, k) => (x.Side, k)).First(x => x.Side == chartRow.Side).k;
                FormulaNumber(w, FixedColumns + 2 * g + 1, r, string.Create(CultureInfo.InvariantCulture, $"D{r}"), range.Low, styles.Count);
                FormulaNumber(w, FixedColumns + 2 * g + 2, r, string.Create(CultureInfo.InvariantCulture, $"IF(E{r}=\"\",0,E{r}-D{r})"), Extra(range), styles.Count);
                w.Raw("</row>"u8);
            }
        }
        w.Raw("</sheetData><mergeCells count=\""u8).Integer(notes.Count).Raw("\">"u8);
        foreach (var (row, first, last) in notes)
        {
            w.Raw("<mergeCell ref=\""u8).Raw(StreamedSheet<object>.Letters(first)).Integer(row).Raw(":"u8).Raw(StreamedSheet<object>.Letters(last)).Integer(row).Raw("\"/>"u8);
        }
        w.Raw("</mergeCells>"u8);
        Print.WriteSettings(w, context.Head);
        w.Raw("<drawing r:id=\""u8).Text(context.DrawingRelationship!).Raw("\"/>"u8);
        w.Raw("<tableParts count=\""u8).Integer(_blocks.Count).Raw("\">"u8);
        foreach (var id in context.TableRelationships) w.Raw("<tablePart r:id=\""u8).Text(id).Raw("\"/>"u8);
        w.Raw("</tableParts></worksheet>"u8);

        // Each note is merged across its columns, where it wraps: one across the sheet, or one over each chart of a pair.
        void NoteRow(int row, IReadOnlyList<(int First, int Last, string Text)> cells, int lines)
        {
            w.Raw("<row r=\""u8).Integer(row);
            if (lines > 1) w.Raw("\" ht=\""u8).Number(lines * CellRules.LineHeight).Raw("\" customHeight=\"1"u8);
            w.Raw("\">"u8);
            foreach (var (first, last, text) in cells)
            {
                notes.Add((row, first, last));
                InlineText(w, first, row, text, styles.Note);
            }
            w.Raw("</row>"u8);
        }
    }

    /// <summary>Lines a note takes across the sheet's width: it is 10-point text, so 11/10 as many characters fit a width as of the 11-point body.</summary>
    private int NoteLines(string text) => NoteLines(text, _widths.Sum());

    private static int NoteLines(string text, double width) => CellRules.Lines(text, width * 11 / 10);

    /// <summary>A string literal inside a formula: quotes doubled, and short of Excel's 255 characters.</summary>
    private static string Escape(string text) => (text.Length > 200 ? text[..200] : text).Replace("\"", "\"\"", StringComparison.Ordinal);

    private static void TextRow(Utf8Xml w, int row, string text, int style)
    {
        w.Raw("<row r=\""u8).Integer(row).Raw("\">"u8);
        InlineText(w, 1, row, text, style);
        w.Raw("</row>"u8);
    }

    private static Utf8Xml Start(Utf8Xml w, int column, int row, int style) =>
        w.Raw("<c r=\""u8).Raw(StreamedSheet<object>.Letters(column)).Integer(row).Raw("\" s=\""u8).Integer(style);

    private static void InlineText(Utf8Xml w, int column, int row, string text, int style) =>
        Start(w, column, row, style).Raw("\" t=\"inlineStr\"><is><t>"u8).Text(text).Raw("</t></is></c>"u8);

    private static void FormulaText(Utf8Xml w, int column, int row, string formula, string cached, int style) =>
        Start(w, column, row, style).Raw("\" t=\"str\"><f>"u8).Text(formula).Raw("</f><v>"u8).Text(cached).Raw("</v></c>"u8);

    private static void FormulaNumber(Utf8Xml w, int column, int row, string formula, double cached, int style) =>
        Start(w, column, row, style).Raw("\"><f>"u8).Text(formula).Raw("</f><v>"u8).Number(cached).Raw("</v></c>"u8);

}
