using System.Globalization;
using System.Text;
using Dashboard.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Rendering.Excel;

/// <summary>Indexes into the workbook's cell formats, added by <see cref="XlsxRewriter"/>.</summary>
internal sealed record StyleIds(uint Text, uint Count, uint Percent, uint Wrap, uint RightToLeft);

/// <summary>A sheet written row by row with OpenXmlWriter, never held whole in memory.</summary>
internal interface IStreamedTable
{
    string Sheet { get; }
    string Table { get; }
    IReadOnlyList<string> Headers { get; }
    int RowCount { get; }
    void WriteSheet(Stream destination, StyleIds styles, string tableRelationshipId);
    DocumentFormat.OpenXml.OpenXmlElement TablePart(uint id);
}

/// <summary>
/// One Excel table on one sheet, streamed: the same columns as the ClosedXML path
/// (<see cref="TableWriter"/>), written as inline strings and numbers with fixed styles.
/// </summary>
internal sealed class StreamedTable<T>(
    string sheet, string table, IReadOnlyList<SheetColumn<T>> columns, IReadOnlyList<T> rows, Func<T, Unit>? unitOf,
    Func<T, IEnumerable<(int Column, string Location)>>? links, IReadOnlyList<(int Column, string Formula, string Name)> lists) : IStreamedTable
{
    /// <summary>Excel allows 65,530 hyperlinks a sheet; past that none are written, and About says so.</summary>
    public const int MaxHyperlinks = 65_530;

    /// <summary>Rows sampled to size the columns: enough to see typical content, cheap at a million rows.</summary>
    private const int WidthSample = 5_000;

    public string Sheet => sheet;
    public string Table => table;
    public IReadOnlyList<string> Headers { get; } = columns.Select(c => c.Header).ToList();
    public int RowCount => rows.Count;

    public void WriteSheet(Stream destination, StyleIds styles, string tableRelationshipId)
    {
        var lastColumn = ColumnName(columns.Count);
        var lastRow = Math.Max(rows.Count, 1) + 1;
        using var w = OpenXmlWriter.Create(destination);
        w.WriteStartDocument();
        w.WriteStartElement(new Worksheet(), [], [new KeyValuePair<string, string>("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")]);
        w.WriteElement(new SheetDimension { Reference = $"A1:{lastColumn}{lastRow}" });
        w.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft }) { WorkbookViewId = 0 }));
        // Excel's cell padding, which ClosedXML adds too: the same widths on both paths.
        w.WriteElement(new Columns(Widths().Select((width, j) => new Column { Min = (uint)j + 1, Max = (uint)j + 1, Width = width + 0.710625, CustomWidth = true })));

        w.WriteStartElement(new SheetData());
        WriteRow(w, 1, Headers.Select(h => (object?)h).ToArray(), Unit.People, styles, header: true);
        var values = new object?[columns.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < columns.Count; j++) values[j] = columns[j].Value(rows[i]);
            WriteRow(w, i + 2, values, unitOf?.Invoke(rows[i]) ?? Unit.People, styles, header: false);
        }
        w.WriteEndElement();

        if (lists.Count > 0)
        {
            // Room below the data for rows an analyst adds, as on the ClosedXML path.
            var below = Math.Min(lastRow + 1000, 1_048_576);
            w.WriteElement(new DataValidations(lists.Select(l => new DataValidation(new Formula1(l.Formula))
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ErrorTitle = "Not in the contract",
                Error = $"'{l.Name}' must be one of the values in data/README.md.",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{ColumnName(l.Column)}2:{ColumnName(l.Column)}{below}" },
            })) { Count = (uint)lists.Count });
        }
        if (links is not null && rows.Count * 2 <= MaxHyperlinks)
        {
            w.WriteStartElement(new Hyperlinks());
            for (var i = 0; i < rows.Count; i++)
            {
                foreach (var (column, location) in links(rows[i]))
                    w.WriteElement(new Hyperlink { Reference = $"{ColumnName(column)}{i + 2}", Location = location });
            }
            w.WriteEndElement();
        }
        w.WriteElement(new TableParts(new TablePart { Id = tableRelationshipId }) { Count = 1 });
        w.WriteEndElement();
        w.Close();
    }

    /// <summary>The table part for this sheet.</summary>
    public DocumentFormat.OpenXml.OpenXmlElement TablePart(uint id)
    {
        var reference = $"A1:{ColumnName(columns.Count)}{Math.Max(rows.Count, 1) + 1}";
        return new DocumentFormat.OpenXml.Spreadsheet.Table(
            new AutoFilter { Reference = reference },
            new TableColumns(Headers.Select((h, j) => new TableColumn { Id = (uint)j + 1, Name = h })) { Count = (uint)columns.Count },
            new TableStyleInfo { Name = "TableStyleMedium2", ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
        {
            Id = id, Name = table, DisplayName = table, Reference = reference, TotalsRowShown = false,
        };
    }

    private void WriteRow(OpenXmlWriter w, int row, object?[] values, Unit unit, StyleIds styles, bool header)
    {
        w.WriteStartElement(RowElement, [new OpenXmlAttribute("r", "", row.ToString(CultureInfo.InvariantCulture))]);
        for (var j = 0; j < values.Length; j++)
        {
            var reference = ColumnName(j + 1) + row.ToString(CultureInfo.InvariantCulture);
            var kind = header ? CellKind.Text : columns[j].Kind;
            switch (values[j])
            {
                case null:
                    break;
                case bool b:
                    w.WriteElement(new Cell { CellReference = reference, DataType = CellValues.Boolean, StyleIndex = styles.Text, CellValue = new CellValue(b ? "1" : "0") });
                    break;
                case double d:
                    w.WriteElement(new Cell { CellReference = reference, StyleIndex = kind == CellKind.Figure && unit == Unit.Percent ? styles.Percent : styles.Count, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)) });
                    break;
                case int n:
                    w.WriteElement(new Cell { CellReference = reference, StyleIndex = styles.Count, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) });
                    break;
                default:
                    var style = kind switch { CellKind.RightToLeftText => styles.RightToLeft, CellKind.LongText => styles.Wrap, _ => styles.Text };
                    w.WriteStartElement(CellElement, [new OpenXmlAttribute("r", "", reference), new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)), new OpenXmlAttribute("t", "", "inlineStr")]);
                    w.WriteStartElement(InlineStringElement);
                    w.WriteStartElement(TextElement, [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")]);
                    w.WriteString(XmlSafe(values[j]!.ToString() ?? ""));
                    w.WriteEndElement();
                    w.WriteEndElement();
                    w.WriteEndElement();
                    break;
            }
        }
        w.WriteEndElement();
    }

    private IEnumerable<double> Widths()
    {
        var widths = Headers.Select(h => (double)h.Length).ToArray();
        foreach (var row in rows.Take(WidthSample))
        {
            for (var j = 0; j < columns.Count; j++)
            {
                var length = columns[j].Value(row) switch
                {
                    null => 0,
                    bool => 5,
                    double d => d.ToString("#,##0", CultureInfo.InvariantCulture).Length + 1,
                    int n => n.ToString(CultureInfo.InvariantCulture).Length + 1,
                    var v => v.ToString()?.Length ?? 0,
                };
                widths[j] = Math.Max(widths[j], length);
            }
        }
        return widths.Select((width, j) => columns[j].Kind is CellKind.RightToLeftText or CellKind.LongText ? 60 : Math.Clamp(width + 2, 6, 60));
    }

    /// <summary>"A" for 1, "Z" for 26, "AA" for 27.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }

    /// <summary>Characters XML 1.0 cannot hold (most control characters) become U+FFFD instead of breaking the file.</summary>
    private static string XmlSafe(string text)
    {
        foreach (var ch in text)
        {
            if (!XmlChar(ch)) return new string(text.Select(c => XmlChar(c) ? c : '\uFFFD').ToArray());
        }
        return text;
    }

    private static bool XmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);

    private static readonly Row RowElement = new();
    private static readonly Cell CellElement = new();
    private static readonly InlineString InlineStringElement = new();
    private static readonly DocumentFormat.OpenXml.Spreadsheet.Text TextElement = new();
}
