using System.Globalization;
using System.Text;
using System.Xml;
using Dashboard.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Rendering.Excel;

/// <summary>Indexes into the workbook's cell formats, added by <see cref="XlsxRewriter"/>.</summary>
internal sealed record StyleIds(uint Text, uint Count, uint Percent, uint Wrap, uint RightToLeft);

/// <summary>A sheet written row by row, never held whole in memory.</summary>
internal interface IStreamedTable
{
    string Sheet { get; }
    string Table { get; }
    IReadOnlyList<string> Headers { get; }
    int RowCount { get; }
    void WriteSheet(Stream destination, StyleIds styles, string tableRelationshipId, SharedStrings? shared);
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

    public void WriteSheet(Stream destination, StyleIds styles, string tableRelationshipId, SharedStrings? shared)
    {
        var lastColumn = ColumnName(columns.Count);
        var lastRow = Math.Max(rows.Count, 1) + 1;
        // A plain XmlWriter: the SDK's element objects cost too much per cell at a million rows.
        // Text is made XML-safe before it is written, so the writer need not check characters.
        using var w = XmlWriter.Create(destination, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = false });
        w.WriteStartDocument(standalone: true);
        w.WriteStartElement("worksheet", Main);
        w.WriteAttributeString("xmlns", "r", null, Relationships);
        w.WriteStartElement("dimension", Main);
        w.WriteAttributeString("ref", $"A1:{lastColumn}{lastRow}");
        w.WriteEndElement();
        w.WriteRaw("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>");
        w.WriteStartElement("cols", Main);
        var j = 0;
        foreach (var width in Widths())
        {
            j++;
            w.WriteStartElement("col", Main);
            w.WriteAttributeString("min", j.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("max", j.ToString(CultureInfo.InvariantCulture));
            // Excel's cell padding, which ClosedXML adds too: the same widths on both paths.
            w.WriteAttributeString("width", (width + 0.710625).ToString("R", CultureInfo.InvariantCulture));
            w.WriteAttributeString("customWidth", "1");
            w.WriteEndElement();
        }
        w.WriteEndElement();

        var letters = Enumerable.Range(1, columns.Count).Select(ColumnName).ToArray();
        w.WriteStartElement("sheetData", Main);
        // Short, repeated text (ids of documents, sources, incidents; vocabulary words; displays) is shared;
        // claim ids, statements, evidence and notes are mostly unique and stay inline.
        var sharedColumn = columns.Select(c => shared is not null && c.Kind == CellKind.Text && c.Header is not ("id" or "statement" or "claims")).ToArray();
        WriteRow(w, 1, Headers.Select(h => (object?)h).ToArray(), Unit.People, styles, letters, header: true, sharedColumn, shared);
        var values = new object?[columns.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            for (var c = 0; c < columns.Count; c++) values[c] = columns[c].Value(rows[i]);
            WriteRow(w, i + 2, values, unitOf?.Invoke(rows[i]) ?? Unit.People, styles, letters, header: false, sharedColumn, shared);
        }
        w.WriteEndElement();

        if (lists.Count > 0)
        {
            // Room below the data for rows an analyst adds, as on the ClosedXML path.
            var below = Math.Min(lastRow + 1000, 1_048_576);
            w.WriteStartElement("dataValidations", Main);
            w.WriteAttributeString("count", lists.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var (column, formula, name) in lists)
            {
                w.WriteStartElement("dataValidation", Main);
                w.WriteAttributeString("type", "list");
                w.WriteAttributeString("allowBlank", "1");
                w.WriteAttributeString("showErrorMessage", "1");
                w.WriteAttributeString("errorTitle", "Not in the contract");
                w.WriteAttributeString("error", $"'{name}' must be one of the values in data/README.md.");
                w.WriteAttributeString("sqref", $"{letters[column - 1]}2:{letters[column - 1]}{below}");
                w.WriteElementString("formula1", Main, formula);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        if (links is not null && rows.Count * 2 <= MaxHyperlinks)
        {
            w.WriteStartElement("hyperlinks", Main);
            for (var i = 0; i < rows.Count; i++)
            {
                foreach (var (column, location) in links(rows[i]))
                {
                    w.WriteStartElement("hyperlink", Main);
                    w.WriteAttributeString("ref", letters[column - 1] + (i + 2).ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("location", location);
                    w.WriteEndElement();
                }
            }
            w.WriteEndElement();
        }
        w.WriteStartElement("tableParts", Main);
        w.WriteAttributeString("count", "1");
        w.WriteStartElement("tablePart", Main);
        w.WriteAttributeString("id", Relationships, tableRelationshipId);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
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

    private void WriteRow(XmlWriter w, int row, object?[] values, Unit unit, StyleIds styles, string[] letters, bool header, bool[] sharedColumn, SharedStrings? shared)
    {
        var r = row.ToString(CultureInfo.InvariantCulture);
        w.WriteStartElement("row", Main);
        w.WriteAttributeString("r", r);
        for (var j = 0; j < values.Length; j++)
        {
            var kind = header ? CellKind.Text : columns[j].Kind;
            var value = values[j];
            if (value is null) continue;
            w.WriteStartElement("c", Main);
            w.WriteStartAttribute("r");
            w.WriteString(letters[j]);
            w.WriteString(r);
            w.WriteEndAttribute();
            switch (value)
            {
                case bool b:
                    w.WriteAttributeString("s", styles.Text.ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("t", "b");
                    w.WriteElementString("v", Main, b ? "1" : "0");
                    break;
                case double d:
                    w.WriteAttributeString("s", (kind == CellKind.Figure && unit == Unit.Percent ? styles.Percent : styles.Count).ToString(CultureInfo.InvariantCulture));
                    w.WriteElementString("v", Main, d.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case int n:
                    w.WriteAttributeString("s", styles.Count.ToString(CultureInfo.InvariantCulture));
                    w.WriteElementString("v", Main, n.ToString(CultureInfo.InvariantCulture));
                    break;
                case var _ when !header && sharedColumn[j]:
                    w.WriteAttributeString("s", styles.Text.ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("t", "s");
                    w.WriteElementString("v", Main, shared!.IndexOf(XmlSafe(value.ToString() ?? "")).ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    var style = kind switch { CellKind.RightToLeftText => styles.RightToLeft, CellKind.LongText => styles.Wrap, _ => styles.Text };
                    w.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
                    w.WriteAttributeString("t", "inlineStr");
                    w.WriteStartElement("is", Main);
                    CellText.WriteTextElement(w, Main, XmlSafe(value.ToString() ?? ""));
                    w.WriteEndElement();
                    break;
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private IEnumerable<double> Widths()
    {
        var widths = Headers.Select(h => (double)h.Length).ToArray();
        foreach (var row in rows.Take(WidthSample))
        {
            for (var j = 0; j < columns.Count; j++)
            {
                widths[j] = Math.Max(widths[j], CellText.DisplayLength(columns[j].Value(row)));
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
}
