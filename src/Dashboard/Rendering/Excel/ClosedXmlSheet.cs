using ClosedXML.Excel;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// Writes a sheet declaration with ClosedXML: a named table with filter buttons, banded rows, a
/// frozen header, number formats, links and drop-down lists. ClosedXML 0.95.4's AdjustToContents
/// needs GDI+ (absent on Linux), so widths come from <see cref="CellRules.Width"/>.
/// </summary>
internal static class ClosedXmlSheet
{
    /// <summary>Rows below the data that keep the drop-down lists, for rows an analyst adds.</summary>
    public const int ListRowsBelow = 1000;

    public static void Write<T>(IXLWorksheet ws, SheetSpec<T> spec)
    {
        var columns = spec.Columns;
        var longest = columns.Select(c => (double)c.Header.Length).ToArray();
        for (var j = 0; j < columns.Count; j++) ws.Cell(1, j + 1).SetValue(columns[j].Header);
        var r = 1;
        foreach (var row in spec.Rows)
        {
            r++;
            var unit = spec.UnitOf(row);
            for (var j = 0; j < columns.Count; j++)
            {
                var cell = ws.Cell(r, j + 1);
                longest[j] = Math.Max(longest[j], Set(cell, columns[j].Kind, columns[j].Value(row), unit));
                if (columns[j].Link?.Invoke(row) is { } location) cell.Hyperlink = new XLHyperlink(location);
            }
        }
        var lastRow = Math.Max(r, 2);
        var table = ws.Range(1, 1, lastRow, columns.Count).CreateTable(spec.Table);
        table.Theme = XLTableTheme.TableStyleMedium2;
        table.ShowRowStripes = true;
        table.ShowAutoFilter = true;
        for (var j = 0; j < columns.Count; j++)
        {
            var column = ws.Column(j + 1);
            column.Width = CellRules.Width(columns[j].Kind, longest[j]);
            if (CellRules.Wraps(columns[j].Kind)) column.Style.Alignment.WrapText = true;
            if (columns[j].Kind == CellKind.RightToLeftText)
            {
                var body = ws.Range(2, j + 1, lastRow, j + 1);
                body.Style.Alignment.ReadingOrder = XLAlignmentReadingOrderValues.RightToLeft;
                body.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }
            if (columns[j].List is { } formula)
            {
                var validation = ws.Range(2, j + 1, lastRow + ListRowsBelow, j + 1).SetDataValidation();
                validation.List(formula, true);
                validation.ErrorTitle = ListError.Title;
                validation.ErrorMessage = ListError.Message(columns[j].Header);
            }
        }
        ws.Rows(2, lastRow).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        ws.SheetView.FreezeRows(1);
    }

    /// <summary>Writes one value and returns its display length, for the column width.</summary>
    private static double Set(IXLCell cell, CellKind kind, CellValue value, Model.Unit unit)
    {
        switch (value.Type)
        {
            case CellType.Blank:
                return 0;
            case CellType.Boolean:
                cell.SetValue(value.Number != 0);
                break;
            case CellType.Number:
                cell.SetValue(value.Number);
                cell.Style.NumberFormat.Format = CellRules.NumberFormat(kind, unit);
                break;
            case CellType.Integer:
                cell.SetValue((int)value.Number);
                cell.Style.NumberFormat.Format = CellRules.CountFormat;
                break;
            default:
                // SetValue<string> keeps "0012" and "3-3.5" as text and never turns "=..." into a formula.
                cell.SetValue<string>(CellText.XmlSafe(value.Text!));
                break;
        }
        return CellText.DisplayLength(value);
    }
}

/// <summary>What a drop-down list says when a value is not in it (both paths).</summary>
internal static class ListError
{
    public const string Title = "Not in the contract";

    public static string Message(string column) => $"'{column}' must be one of the values in data/README.md.";
}
