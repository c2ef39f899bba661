using ClosedXML.Excel;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// Writes rows as a named Excel table: filter buttons, banded rows, frozen header, number formats
/// and column widths from the content. ClosedXML 0.95.4's AdjustToContents needs GDI+ (absent on
/// Linux), so widths are computed here from character counts.
/// </summary>
internal static class TableWriter
{
    public const string CountFormat = "#,##0";

    /// <summary>Percentages are stored as points (90 for 90%), the numbers aggregates.json has, and shown with a % sign.</summary>
    public const string PercentFormat = "0.##\"%\"";

    private const double MaxWidth = 60;

    public static IXLTable Write<T>(IXLWorksheet ws, string tableName, IReadOnlyList<SheetColumn<T>> columns, IEnumerable<T> rows, Func<T, Unit>? unitOf = null, int firstRow = 1)
    {
        var widths = columns.Select(c => (double)c.Header.Length).ToArray();
        for (var j = 0; j < columns.Count; j++) ws.Cell(firstRow, j + 1).SetValue(columns[j].Header);
        var r = firstRow;
        foreach (var row in rows)
        {
            r++;
            var unit = unitOf?.Invoke(row) ?? Unit.People;
            for (var j = 0; j < columns.Count; j++)
            {
                var cell = ws.Cell(r, j + 1);
                var length = Set(cell, columns[j].Kind, columns[j].Value(row), unit);
                widths[j] = Math.Max(widths[j], length);
            }
        }
        var lastRow = Math.Max(r, firstRow + 1);
        var table = ws.Range(firstRow, 1, lastRow, columns.Count).CreateTable(tableName);
        table.Theme = XLTableTheme.TableStyleMedium2;
        table.ShowRowStripes = true;
        table.ShowAutoFilter = true;
        for (var j = 0; j < columns.Count; j++)
        {
            var column = ws.Column(j + 1);
            var wraps = columns[j].Kind is CellKind.RightToLeftText or CellKind.LongText;
            // Width is in characters of the default font; +2 leaves room for the filter button.
            column.Width = wraps ? MaxWidth : Math.Clamp(widths[j] + 2, 6, MaxWidth);
            if (wraps) column.Style.Alignment.WrapText = true;
            if (columns[j].Kind == CellKind.RightToLeftText)
            {
                var body = ws.Range(firstRow + 1, j + 1, lastRow, j + 1);
                body.Style.Alignment.ReadingOrder = XLAlignmentReadingOrderValues.RightToLeft;
                body.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }
        }
        ws.Rows(firstRow + 1, lastRow).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        if (firstRow == 1) ws.SheetView.FreezeRows(1);
        return table;
    }

    /// <summary>Writes one value and returns its display length, for the column width.</summary>
    private static double Set(IXLCell cell, CellKind kind, object? value, Unit unit)
    {
        switch (value)
        {
            case null:
                return 0;
            case bool b:
                cell.SetValue(b);
                return CellText.DisplayLength(b);
            case double d:
                cell.SetValue(d);
                cell.Style.NumberFormat.Format = kind == CellKind.Figure && unit == Unit.Percent ? PercentFormat : CountFormat;
                return CellText.DisplayLength(d);
            case int i:
                cell.SetValue(i);
                cell.Style.NumberFormat.Format = CountFormat;
                return CellText.DisplayLength(i);
            default:
                // SetValue<string> keeps "0012" and "3-3.5" as text and never turns "=..." into a formula.
                var text = value.ToString() ?? "";
                cell.SetValue<string>(text);
                return CellText.DisplayLength(text);
        }
    }
}
