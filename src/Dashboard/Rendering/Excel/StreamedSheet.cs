using System.Globalization;
using System.Text;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel;

/// <summary>Indexes into the workbook's cell formats, added by <see cref="XlsxAssembler"/>.</summary>
internal sealed record StyleIds(int Text, int Count, int Percent, int Wrap, int RightToLeft, int Heading, int Note, int Boolean);

/// <summary>An Excel table on a streamed sheet: its name, the range it covers and its column names.</summary>
internal sealed record TableDefinition(string Name, string Reference, IReadOnlyList<string> Columns);

/// <summary>What a streamed sheet is told when it is written: styles, shared strings, relationship ids, the running head.</summary>
/// <param name="Styles">Cell format indexes.</param>
/// <param name="Shared">The shared string table, or null to keep all text inline.</param>
/// <param name="TableRelationships">Relationship id of each of the sheet's tables, in order.</param>
/// <param name="DrawingRelationship">Relationship id of the sheet's drawing, if it has one.</param>
/// <param name="Head">What every printed page says around the sheet.</param>
internal sealed record SheetContext(StyleIds Styles, SharedStrings? Shared, IReadOnlyList<string> TableRelationships, string? DrawingRelationship, RunningHead Head);

/// <summary>A sheet written forward only, never held whole in memory.</summary>
public interface IStreamedSheet
{
    /// <summary>The sheet's name.</summary>
    string Name { get; }

    /// <summary>Its tables.</summary>
    internal IReadOnlyList<TableDefinition> Tables { get; }

    /// <summary>Charts drawn on the sheet, or null.</summary>
    internal Drawing? Drawing { get; }

    /// <summary>How the sheet prints; its title rows become a print-titles name in the workbook.</summary>
    internal PrintLayout Print { get; }

    /// <summary>Writes the worksheet part.</summary>
    internal void Write(Stream destination, SheetContext context);
}

/// <summary>
/// One table on one sheet, written from its declaration without ClosedXML: the same columns,
/// formats, widths, links and lists as <see cref="ClosedXmlSheet"/>. Text shared by
/// <see cref="SheetColumn{T}.Repeats"/> goes to the shared string table; the rest is inline.
/// </summary>
internal sealed class StreamedSheet<T>(SheetSpec<T> spec) : IStreamedSheet
{
    /// <summary>Excel allows 65,530 hyperlinks a sheet; past that none are written, and About says so.</summary>
    public const int MaxHyperlinks = 65_530;

    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    public string Name => spec.Name;

    IReadOnlyList<TableDefinition> IStreamedSheet.Tables => [new(spec.Table, $"A1:{Letters(spec.Columns.Count)}{LastRow}", spec.Headers)];

    Drawing? IStreamedSheet.Drawing => null;

    PrintLayout IStreamedSheet.Print => spec.Print;

    private int LastRow => Math.Max(spec.RowCount, 1) + 1;

    /// <summary>True when the sheet's links are written (Excel's limit allows them).</summary>
    public bool WritesLinks => spec.Columns.Count(c => c.Link is not null) * spec.RowCount <= MaxHyperlinks;

    void IStreamedSheet.Write(Stream destination, SheetContext context)
    {
        var columns = spec.Columns;
        var letters = Enumerable.Range(1, columns.Count).Select(j => Utf8.GetBytes(Letters(j))).ToArray();
        var styles = context.Styles;
        using var w = new Utf8Xml(destination);
        w.Raw("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"u8);
        PrintLayout.WriteSheetProperties(w);
        w.Raw("<dimension ref=\"A1:"u8).Raw(letters[^1]).Integer(LastRow).Raw("\"/>"u8);
        w.Raw("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>"u8);
        w.Raw("<sheetFormatPr defaultRowHeight=\"15\"/><cols>"u8);
        var layout = spec.Layout;
        for (var j = 0; j < columns.Count; j++)
        {
            // Excel's cell padding, which ClosedXML adds too: the same widths on both paths.
            w.Raw("<col min=\""u8).Integer(j + 1).Raw("\" max=\""u8).Integer(j + 1).Raw("\" width=\""u8).Number(layout[j].Width + 0.710625).Raw("\" customWidth=\"1\"/>"u8);
        }
        w.Raw("</cols><sheetData>"u8);

        // Header row.
        w.Raw("<row r=\"1\">"u8);
        for (var j = 0; j < columns.Count; j++)
        {
            w.Raw("<c r=\""u8).Cell(letters[j], 1).Raw("\" s=\""u8).Integer(styles.Text).Raw("\" t=\"inlineStr\"><is><t>"u8).Text(columns[j].Header).Raw("</t></is></c>"u8);
        }
        w.Raw("</row>"u8);

        var shared = context.Shared;
        // One row's values, read once for its height and then written.
        var values = new CellValue[columns.Count];
        // A cell's reference is implied by the one before it (the next column), so only a cell after
        // a blank one, which is not written, names its place: a quarter of a row's bytes.
        var (next, rowNumber) = (0, 0);
        for (var i = 0; i < spec.Rows.Count; i++)
        {
            var row = spec.Rows[i];
            var r = i + 2;
            var unit = spec.UnitOf(row);
            for (var j = 0; j < columns.Count; j++) values[j] = columns[j].Value(row);
            w.Raw("<row r=\""u8).Integer(r);
            if (spec.RowHeight(values) is { } height) w.Raw("\" ht=\""u8).Number(height).Raw("\" customHeight=\"1"u8);
            w.Raw("\">"u8);
            (next, rowNumber) = (0, r);
            for (var j = 0; j < columns.Count; j++)
            {
                var column = columns[j];
                var value = values[j];
                switch (value.Type)
                {
                    case CellType.Blank:
                        break;
                    case CellType.Boolean:
                        Start(j).Raw("s=\""u8).Integer(styles.Boolean).Raw(value.Number != 0 ? "\" t=\"b\"><v>1</v></c>"u8 : "\" t=\"b\"><v>0</v></c>"u8);
                        break;
                    case CellType.Number:
                        var format = CellRules.NumberFormat(column.Kind, unit) == CellRules.PercentFormat ? styles.Percent : styles.Count;
                        Start(j).Raw("s=\""u8).Integer(format).Raw("\"><v>"u8).Number(value.Number).Raw("</v></c>"u8);
                        break;
                    case CellType.Integer:
                        Start(j).Raw("s=\""u8).Integer(styles.Count).Raw("\"><v>"u8).Integer((long)value.Number).Raw("</v></c>"u8);
                        break;
                    default:
                        var text = value.Text!;
                        var style = CellRules.RightToLeft(column.Kind, value) ? styles.RightToLeft : layout[j].Wraps ? styles.Wrap : styles.Text;
                        if (shared is not null && column.Repeats && column.Kind == CellKind.Text)
                        {
                            Start(j).Raw("s=\""u8).Integer(style).Raw("\" t=\"s\"><v>"u8).Integer(shared.IndexOf(text)).Raw("</v></c>"u8);
                            break;
                        }
                        Start(j).Raw("s=\""u8).Integer(style).Raw("\" t=\"inlineStr\"><is>"u8);
                        // Only text with space at either end needs telling that its spaces count.
                        w.Raw(text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? "<t xml:space=\"preserve\">"u8 : "<t>"u8);
                        w.Text(text).Raw("</t></is></c>"u8);
                        break;
                }
            }
            w.Raw("</row>"u8);
        }
        w.Raw("</sheetData>"u8);

        var lists = columns.Select((c, j) => (c, j)).Where(x => x.c.List is not null).ToList();
        if (lists.Count > 0)
        {
            // Room below the data for rows an analyst adds, as on the ClosedXML path.
            var below = Math.Min(LastRow + ClosedXmlSheet.ListRowsBelow, 1_048_576);
            w.Raw("<dataValidations count=\""u8).Integer(lists.Count).Raw("\">"u8);
            foreach (var (column, j) in lists)
            {
                w.Raw("<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" errorTitle=\""u8).Text(ListError.Title)
                    .Raw("\" error=\""u8).Text(ListError.Message(column.Header)).Raw("\" sqref=\""u8).Cell(letters[j], 2).Raw(":"u8).Cell(letters[j], below)
                    .Raw("\"><formula1>"u8).Text(column.List!).Raw("</formula1></dataValidation>"u8);
            }
            w.Raw("</dataValidations>"u8);
        }
        var links = columns.Select((c, j) => (c, j)).Where(x => x.c.Link is not null).ToList();
        if (links.Count > 0 && WritesLinks)
        {
            w.Raw("<hyperlinks>"u8);
            for (var i = 0; i < spec.Rows.Count; i++)
            {
                foreach (var (column, j) in links)
                {
                    if (column.Link!(spec.Rows[i]) is { } location)
                        w.Raw("<hyperlink ref=\""u8).Cell(letters[j], i + 2).Raw("\" location=\""u8).Text(location).Raw("\" display=\""u8).Text(column.Value(spec.Rows[i]).ToString()).Raw("\"/>"u8);
                }
            }
            w.Raw("</hyperlinks>"u8);
        }
        spec.Print.WriteSettings(w, context.Head);
        w.Raw("<tableParts count=\"1\"><tablePart r:id=\""u8).Text(context.TableRelationships[0]).Raw("\"/></tableParts></worksheet>"u8);

        Utf8Xml Start(int j)
        {
            w.Raw("<c "u8);
            if (j != next) w.Raw("r=\""u8).Cell(letters[j], rowNumber).Raw("\" "u8);
            next = j + 1;
            return w;
        }
    }

    /// <summary>"A" for 1, "Z" for 26, "AA" for 27.</summary>
    public static string Letters(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }
}
