using ClosedXML.Excel;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel;

/// <summary>How a column's cells are written.</summary>
public enum CellKind
{
    /// <summary>Always text, even when it looks like a number, a date or a formula.</summary>
    Text,
    /// <summary>Arabic (or any right-to-left) text: wrapped and right-to-left.</summary>
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

    /// <summary>Writes the sheet with ClosedXML.</summary>
    void Write(IXLWorksheet worksheet);

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
    public SheetSpec<T> WithRows(string otherName, string otherTable, IReadOnlyList<T> otherRows) => new(otherName, otherTable, holds, columns, otherRows, unitOf);

    /// <inheritdoc />
    public void Write(IXLWorksheet worksheet) => ClosedXmlSheet.Write(worksheet, this);

    /// <inheritdoc />
    public IStreamedSheet Streamed() => new StreamedSheet<T>(this);
}

/// <summary>The rules both writing paths share: number formats and column widths.</summary>
internal static class CellRules
{
    /// <summary>Counts with thousands separators.</summary>
    public const string CountFormat = "#,##0";

    /// <summary>Percentages are stored as points (90 for 90%), the numbers aggregates.json has, and shown with a % sign.</summary>
    public const string PercentFormat = "0.##\"%\"";

    /// <summary>The widest a column gets, in characters.</summary>
    public const double MaxWidth = 60;

    /// <summary>
    /// A column's width from the longest value seen: +2 leaves room for the filter button; wrapped
    /// text gets the full width.
    /// </summary>
    public static double Width(CellKind kind, double longest) => Wraps(kind) ? MaxWidth : Math.Clamp(longest + 2, 6, MaxWidth);

    /// <summary>Long and right-to-left text wraps.</summary>
    public static bool Wraps(CellKind kind) => kind is CellKind.RightToLeftText or CellKind.LongText;

    /// <summary>The number format of a numeric cell.</summary>
    public static string NumberFormat(CellKind kind, Unit unit) => kind == CellKind.Figure && unit == Unit.Percent ? PercentFormat : CountFormat;
}
