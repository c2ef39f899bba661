using ClosedXML.Excel;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// Writes a sheet declaration with ClosedXML: a named table with filter buttons, banded rows, a
/// frozen header, number formats, links, drop-down lists and the page setup. ClosedXML 0.95.4's
/// AdjustToContents needs GDI+ (absent on Linux), so widths come from the declaration's
/// <see cref="SheetSpec{T}.Layout"/>.
/// </summary>
internal static class ClosedXmlSheet
{
    /// <summary>Rows below the data that keep the drop-down lists, for rows an analyst adds.</summary>
    public const int ListRowsBelow = 1000;

    public static void Write<T>(IXLWorksheet ws, SheetSpec<T> spec, RunningHead head)
    {
        var columns = spec.Columns;
        for (var j = 0; j < columns.Count; j++) ws.Cell(1, j + 1).SetValue(columns[j].Header);
        var r = 1;
        foreach (var row in spec.Rows)
        {
            r++;
            var unit = spec.UnitOf(row);
            if (spec.RowHeight(row) is { } height) ws.Row(r).Height = height;
            for (var j = 0; j < columns.Count; j++)
            {
                var cell = ws.Cell(r, j + 1);
                Set(cell, columns[j].Kind, columns[j].Value(row), unit);
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
            column.Width = spec.Layout[j].Width;
            if (spec.Layout[j].Wraps) column.Style.Alignment.WrapText = true;
            if (columns[j].Kind == CellKind.RightToLeftText)
            {
                for (var i = 0; i < spec.Rows.Count; i++)
                {
                    if (!CellRules.RightToLeft(columns[j].Kind, columns[j].Value(spec.Rows[i]))) continue;
                    var cell = ws.Cell(i + 2, j + 1);
                    cell.Style.Alignment.ReadingOrder = XLAlignmentReadingOrderValues.RightToLeft;
                    cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                }
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
        spec.Print.Apply(ws, head);
    }

    /// <summary>Writes one value with its number format.</summary>
    private static void Set(IXLCell cell, CellKind kind, CellValue value, Model.Unit unit)
    {
        switch (value.Type)
        {
            case CellType.Blank:
                return;
            case CellType.Boolean:
                cell.SetValue(value.Number != 0);
                cell.Style.NumberFormat.Format = CellRules.BooleanFormat;
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
    }
}

/// <summary>What a drop-down list says when a value is not in it (both paths).</summary>
internal static class ListError
{
    public static string Title => FiguresWorkbook.Language.NotInListTitle;

    public static string Message(string column) => FiguresWorkbook.Language.NotInList(column);
}
