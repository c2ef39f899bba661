using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Tests.Support;

/// <summary>
/// Reads a sheet forward-only (ClosedXML would load the whole workbook): shared and inline strings,
/// numbers in invariant form, booleans as TRUE/FALSE, blanks as null.
/// </summary>
public static class XlsxSheetReader
{
    public static List<string?[]> Read(string path, string sheetName)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var wb = doc.WorkbookPart!;
        var shared = wb.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var sheet = wb.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)wb.GetPartById(sheet.Id!);
        var rows = new List<string?[]>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            // A cell without a reference is in the column after the cell before it, as the format says.
            var cells = new List<(int Column, Cell Cell)>();
            foreach (var c in row.Elements<Cell>()) cells.Add((c.CellReference?.Value is { } at ? Column(at) : (cells.Count == 0 ? 1 : cells[^1].Column + 1), c));
            var width = cells.Count == 0 ? 0 : cells.Max(c => c.Column);
            var values = new string?[width];
            foreach (var (column, c) in cells)
            {
                values[column - 1] = c.DataType?.Value switch
                {
                    _ when c.DataType?.Value == CellValues.SharedString => c.CellValue is { Text: var s } ? shared[int.Parse(s, CultureInfo.InvariantCulture)] : null,
                    _ when c.DataType?.Value == CellValues.InlineString => c.InlineString!.InnerText,
                    _ when c.DataType?.Value == CellValues.Boolean => c.CellValue!.Text == "1" ? "TRUE" : "FALSE",
                    _ => c.CellValue?.Text,
                };
            }
            rows.Add(values);
        }
        return rows;
    }

    private static int Column(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetterUpper)) n = n * 26 + (ch - 'A' + 1);
        return n;
    }
}

/// <summary>RFC 4180 records, quoted fields with commas, quotes and line breaks included.</summary>
public static class CsvReader
{
    public static List<List<string>> Read(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { }
            else if (ch == '\n') { record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; }
            else field.Append(ch);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add(record); }
        return records;
    }
}
