using ClosedXML.Excel;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel;

/// <summary>How a column's cells are written.</summary>
public enum CellKind
{
    /// <summary>Always text, even when it looks like a number, a date or a formula.</summary>
    Text,
    /// <summary>Text in its document's language, mostly Arabic: wrapped, and right-to-left unless a cell's text reads left to right.</summary>
    RightToLeftText,
    /// <summary>Long text: wrapped in a wide column.</summary>
    LongText,
    /// <summary>A figure in the row's unit: #,##0 for counts, 0.##"%" for percentages.</summary>
    Figure,
    /// <summary>A whole number such as a count of documents.</summary>
    Integer,
    /// <summary>TRUE or FALSE.</summary>
    Boolean,
}

/// <summary>A column of a sheet: its header, how its cells are written, and the value of a row.</summary>
/// <param name="Header">The header cell, also the CSV column name where the sheet has a CSV twin.</param>
/// <param name="Kind">How cells are written and how the column is sized.</param>
/// <param name="Value">The cell value of a row: text, a number, a whole number, a boolean, or blank.</param>
public sealed record SheetColumn<T>(string Header, CellKind Kind, Func<T, CellValue> Value)
{
    /// <summary>
    /// The same few values repeat down the column (document ids, vocabulary words). The streamed
    /// writer stores these once in the shared string table and keeps unique text inline, to bound
    /// its memory; ClosedXML shares every string, so only the streamed path reads this.
    /// </summary>
    public bool Repeats { get; init; }

    /// <summary>A drop-down list (an Excel list formula), so a row an analyst adds stays in the contract.</summary>
    public string? List { get; init; }

    /// <summary>Where a row's cell links to inside the workbook ("'Sources'!A3"), or null for no link.</summary>
    public Func<T, string?>? Link { get; init; }
}

/// <summary>
/// One sheet of the workbook, declared once: its name, its table, what it holds (the About sheet's
/// index reads this) and its columns. Both writing paths, ClosedXML for small sheets and the
/// streaming writer for large ones, are driven by the declaration.
/// </summary>
public interface ISheet
{
    /// <summary>The sheet's name.</summary>
    string Name { get; }

    /// <summary>The Excel table's name.</summary>
    string Table { get; }

    /// <summary>What the sheet holds, for the About sheet's index.</summary>
    string Holds { get; }

    /// <summary>The header cells, in order.</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>Data rows.</summary>
    int RowCount { get; }

    /// <summary>How the sheet prints; both writers apply it.</summary>
    PrintLayout Print { get; }

    /// <summary>Writes the sheet with ClosedXML, with <paramref name="head"/> on every printed page.</summary>
    void Write(IXLWorksheet worksheet, RunningHead head);

    /// <summary>The same sheet for the streaming writer.</summary>
    IStreamedSheet Streamed();
}

/// <summary>A sheet declaration with its rows.</summary>
public sealed class SheetSpec<T>(string name, string table, string holds, IReadOnlyList<SheetColumn<T>> columns, IReadOnlyList<T> rows, Func<T, Unit>? unitOf = null) : ISheet
{
    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public string Table => table;

    /// <inheritdoc />
    public string Holds => holds;

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<SheetColumn<T>> Columns => columns;

    /// <summary>The rows, in order.</summary>
    public IReadOnlyList<T> Rows => rows;

    /// <inheritdoc />
    public IReadOnlyList<string> Headers { get; } = columns.Select(c => c.Header).ToList();

    /// <inheritdoc />
    public int RowCount => rows.Count;

    /// <summary>
    /// Rows read to size the columns: enough to see typical content, cheap at a million rows. A
    /// sheet ClosedXML writes has fewer, so it is sized from every row.
    /// </summary>
    internal const int WidthSample = 5_000;

    private ColumnLayout[]? _layout;

    /// <summary>Each column's width and whether it wraps, from its header and its rows' values; both writers lay columns out from it.</summary>
    public IReadOnlyList<ColumnLayout> Layout => _layout ??= MeasureColumns();

    /// <inheritdoc />
    public PrintLayout Print => PrintLayout.Table(Layout.Select(c => c.Width).ToList());

    /// <summary>
    /// A row's height in points when its wrapped text needs more than one line, else null (the
    /// default height). Written into the file because LibreOffice does not grow rows to fit wrapped
    /// text on opening, and a printed row would run into the next.
    /// </summary>
    public double? RowHeight(T row)
    {
        var lines = 1;
        var layout = Layout;
        for (var j = 0; j < columns.Count; j++)
        {
            if (layout[j].Wraps) lines = Math.Max(lines, LinesOf(columns[j].Value(row), layout[j]));
        }
        return Height(lines);
    }

    /// <summary>The same from a row's values, already read: the streamed writer reads each cell once.</summary>
    internal double? RowHeight(ReadOnlySpan<CellValue> values) => Height(Lines(values, Layout));

    /// <summary>The lines a row's values take in <paramref name="layout"/>: its longest wrapped text's.</summary>
    private static int Lines(ReadOnlySpan<CellValue> values, IReadOnlyList<ColumnLayout> layout)
    {
        var lines = 1;
        for (var j = 0; j < values.Length; j++)
        {
            if (layout[j].Wraps) lines = Math.Max(lines, LinesOf(values[j], layout[j]));
        }
        return lines;
    }

    // Counted no further than the tallest row holds: a longer text gives that row's height all the
    // same, and a claim list of 32,767 characters is read a row's worth deep instead of whole.
    private static int LinesOf(CellValue value, ColumnLayout column) => value is { Type: CellType.Text, Text: { } text } ? CellRules.Lines(text, column.Width, CellRules.TallestRowLines) : 1;

    private static double? Height(int lines) => lines == 1 ? null : Math.Min(lines * CellRules.LineHeight, CellRules.MaxRowHeight);

    /// <summary>The unit a row's figures are in (percentages get a % format); people when not given.</summary>
    public Unit UnitOf(T row) => unitOf?.Invoke(row) ?? Unit.People;

    /// <summary>1-based number of the column with this header.</summary>
    public int ColumnOf(string header)
    {
        for (var j = 0; j < columns.Count; j++)
        {
            if (columns[j].Header == header) return j + 1;
        }
        throw new ArgumentException($"sheet '{name}' has no column '{header}'", nameof(header));
    }

    /// <summary>The same declaration over other rows (the claims continue on "Claims (2)"...).</summary>
    public SheetSpec<T> WithRows(string otherName, string otherTable, IReadOnlyList<T> otherRows) =>
        new(otherName, otherTable, holds, columns, otherRows, unitOf);

    /// <inheritdoc />
    public void Write(IXLWorksheet worksheet, RunningHead head) => ClosedXmlSheet.Write(worksheet, this, head);

    /// <inheritdoc />
    public IStreamedSheet Streamed() => new StreamedSheet<T>(this);

    private ColumnLayout[] MeasureColumns()
    {
        // A table short enough to be sized for paper has its values read once, for both measures.
        // PrintFitRows is below WidthSample: a table that short is read whole.
        var values = rows.Take(WidthSample).Select(r => columns.Select(c => c.Value(r)).ToArray()).ToList();
        var longest = columns.Select(c => (double)c.Header.Length).ToArray();
        foreach (var row in values)
        {
            for (var j = 0; j < columns.Count; j++) longest[j] = Math.Max(longest[j], CellText.DisplayLength(row[j]));
        }
        var layout = longest.Select((l, j) => CellRules.Layout(columns[j].Kind, l)).ToArray();
        return rows.Count <= PrintFitRows ? FitLongTextToPaper(layout, longest, values) : layout;
    }

    /// <summary>
    /// The most rows for which the long-text columns are sized to print on the fewest pages; a
    /// longer table keeps <see cref="CellRules.WrappedWidth"/>, since nobody prints 100,000 rows
    /// and the search would read every row forty times.
    /// </summary>
    internal const int PrintFitRows = 1_000;

    /// <summary>
    /// Sizes the long-text columns (evidence, notes, claim lists) for paper. A row is as tall as
    /// its longest wrapped text, and a table printed in bands repeats that height on every band:
    /// the Claims sheet, at a width of 40 for its three long columns, printed 3 bands of 4 pages,
    /// its narrow columns mostly blank. So every width from <see cref="CellRules.MinWrappedWidth"/>
    /// to <see cref="CellRules.MaxWrappedWidth"/> is tried, its pages reckoned as bands times the
    /// rows' height over a page's, and the widest of those needing the fewest pages is kept. A
    /// column whose longest text is shorter than the width stays as wide as that text.
    /// </summary>
    private ColumnLayout[] FitLongTextToPaper(ColumnLayout[] layout, double[] longest, List<CellValue[]> values)
    {
        var isLong = columns.Select(c => c.Kind is CellKind.LongText or CellKind.RightToLeftText).ToArray();
        if (!isLong.Contains(true)) return layout;
        var best = layout;
        var fewest = int.MaxValue;
        for (var width = CellRules.MinWrappedWidth; width <= CellRules.MaxWrappedWidth; width++)
        {
            var candidate = layout.Select((c, j) => isLong[j] ? c with { Width = Math.Max(Math.Min(width, longest[j] + 2), 6) } : c).ToArray();
            var widths = candidate.Select(c => c.Width).ToList();
            var print = PrintLayout.Table(widths);
            // Bands cut between whole columns that run wider than a page would print smaller than readable.
            if (PrintLayout.BandsOfWholeColumns(widths) > print.PagesWide) continue;
            // Each row as tall as the writers make it, in pixels (96 to the inch, 72 points); the header row is one line.
            var height = (CellRules.LineHeight + values.Sum(v => Height(Lines(v, candidate)) ?? CellRules.LineHeight)) * 96 / 72;
            var pages = print.PagesWide * (int)Math.Ceiling(height / print.PageHeightInPixels(widths));
            // The widest of those: fewer lines to read, on screen too.
            if (pages <= fewest) (best, fewest) = (candidate, pages);
        }
        return best;
    }
}

/// <summary>How a column is laid out on both paths.</summary>
/// <param name="Width">Its width in characters (Excel's unit: the width of a digit), before Excel's cell padding.</param>
/// <param name="Wraps">True when its text wraps onto more lines within the width.</param>
public readonly record struct ColumnLayout(double Width, bool Wraps);

/// <summary>The rules both writing paths share: number formats and column widths.</summary>
internal static class CellRules
{
    /// <summary>Counts with thousands separators.</summary>
    public const string CountFormat = "#,##0";

    /// <summary>
    /// True when a cell is set right to left: a cell of a right-to-left column, unless it holds text
    /// that reads left to right (an English quotation), which would print its full stop first.
    /// </summary>
    public static bool RightToLeft(CellKind kind, CellValue value) =>
        kind == CellKind.RightToLeftText && !(value is { Type: CellType.Text, Text: { } text } && CellText.ReadsLeftToRight(text));

    /// <summary>Percentages are stored as points (90 for 90%), the numbers aggregates.json has, and shown with a % sign.</summary>
    public const string PercentFormat = "0.##\"%\"";

    /// <summary>
    /// TRUE and FALSE as words. Excel shows a boolean so whatever its format; LibreOffice shows 1
    /// or 0 under the General format, and "1" beside a display of "46,000+" prints as "1 46,000+".
    /// </summary>
    public const string BooleanFormat = "\"TRUE\";\"TRUE\";\"FALSE\"";

    /// <summary>
    /// The widest a column of short text or figures gets, in characters; text longer than this
    /// wraps. Kept narrow so a table printed one page wide stays large enough to read.
    /// </summary>
    public const double MaxWidth = 32;

    /// <summary>The width of long and right-to-left text, which always wraps.</summary>
    public const double WrappedWidth = 40;

    /// <summary>The narrowest and widest long text gets when a table is fitted to paper.</summary>
    public const int MinWrappedWidth = 30, MaxWrappedWidth = 90;

    /// <summary>The height of a line of Calibri 11, Excel's default row height, in points.</summary>
    public const double LineHeight = 15;

    /// <summary>Excel's tallest row, in points.</summary>
    public const double MaxRowHeight = 409;

    /// <summary>The fewest lines that fill the tallest row: every count from here gives <see cref="MaxRowHeight"/>.</summary>
    public const int TallestRowLines = 28;

    /// <summary>
    /// How many characters of text fill a width of one digit. Text runs narrower than digits: a
    /// column 40 wide holds about 45 characters of English in LibreOffice (DejaVu Sans standing in
    /// for Calibri) and more in Excel; counting one leaves room for words that do not fill a line,
    /// and errs towards a little space below the text rather than a line cut off.
    /// </summary>
    private const double CharactersPerWidth = 1.0;

    /// <summary>
    /// A column's layout from the longest value seen: +2 leaves room for the filter button; long
    /// and right-to-left text wraps at <see cref="WrappedWidth"/>, other text past <see cref="MaxWidth"/>.
    /// </summary>
    public static ColumnLayout Layout(CellKind kind, double longest) =>
        kind is CellKind.RightToLeftText or CellKind.LongText ? new(WrappedWidth, true)
        : longest + 2 > MaxWidth ? new(MaxWidth, kind == CellKind.Text)
        : new(Math.Max(longest + 2, 6), false);

    /// <summary>
    /// The lines a text takes in a wrapped column: each line of the text starts a new one, words
    /// fill each line, and a word longer than a line is broken. Counted without allocating: the
    /// streamed writer asks it for every wrapped cell of a million rows. Counting stops at
    /// <paramref name="atMost"/>, which is returned for any text that takes as many lines or more.
    /// </summary>
    public static int Lines(string text, double width, int atMost = int.MaxValue)
    {
        var perLine = Math.Max(1, (int)(width * CharactersPerWidth));
        if (text.Length <= perLine && !text.Contains('\n', StringComparison.Ordinal)) return 1;
        var lines = 1;
        var used = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (lines >= atMost) return atMost;
            if (text[i] == '\n')
            {
                lines++;
                used = 0;
                i++;
                continue;
            }
            if (text[i] == ' ')
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && text[i] is not (' ' or '\n')) i++;
            var word = i - start;
            var need = used == 0 ? word : used + 1 + word;
            if (need <= perLine)
            {
                used = need;
                continue;
            }
            if (used > 0) lines++;
            // What is left of a word longer than a line starts the next one.
            lines += (word - 1) / perLine;
            used = word - (word - 1) / perLine * perLine;
        }
        return Math.Min(lines, atMost);
    }

    /// <summary>The number format of a numeric cell.</summary>
    public static string NumberFormat(CellKind kind, Unit unit) => kind == CellKind.Figure && unit == Unit.Percent ? PercentFormat : CountFormat;
}
