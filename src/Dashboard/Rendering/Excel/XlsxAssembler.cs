using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// Turns the small workbook ClosedXML wrote into the final file: placeholder sheets are replaced by
/// streamed ones (with their tables, drawings and charts), the cell formats streamed sheets use are
/// added, and the package is made reproducible: fixed part names and relationship ids, core
/// properties without a clock reading, one zip timestamp, entries in a fixed order.
/// </summary>
internal static class XlsxAssembler
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    private const string TableType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
    private const string DrawingType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
    private const string ChartType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
    private const string SharedStringsPath = "xl/sharedStrings.xml";

    /// <summary>Provenance written into the package's core properties.</summary>
    public sealed record Properties(string Title, string Creator, DateTimeOffset? Created);

    public static void Assemble(Stream smallWorkbook, Stream destination, IReadOnlyList<IStreamedSheet> streamed, Properties properties, RunningHead head, IReadOnlyList<(string Sheet, PrintLayout Print)> layouts)
    {
        var parts = ReadParts(smallWorkbook);
        var workbook = Load(parts["xl/workbook.xml"]);
        var sheetParts = SheetParts(parts, workbook);
        var output = new SortedDictionary<string, Action<Stream>>(StringComparer.Ordinal);
        AddPrintTitles(workbook, layouts);
        output["xl/workbook.xml"] = s => Save(workbook, s);
        var types = Load(parts["[Content_Types].xml"]);
        var typesRoot = types.Root!;

        // ClosedXML names its core properties part with a GUID: drop it, and its type, for a fixed name.
        foreach (var name in parts.Keys.Where(n => n.EndsWith(".psmdcp", StringComparison.Ordinal)).ToList()) parts.Remove(name);
        typesRoot.Elements(ContentTypes + "Default").Where(d => (string?)d.Attribute("Extension") == "psmdcp").Remove();
        AddOverride(typesRoot, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");

        var styles = Load(parts["xl/styles.xml"]);
        var ids = AddCellFormats(styles);
        var shared = parts.TryGetValue(SharedStringsPath, out var sst) ? new SharedStrings(Load(sst)) : null;

        var nextTable = parts.Keys.Count(n => n.StartsWith("xl/tables/", StringComparison.Ordinal)) + 1;
        var nextTableId = parts.Where(p => p.Key.StartsWith("xl/tables/", StringComparison.Ordinal))
            .Select(p => int.Parse(Load(p.Value).Root!.Attribute("id")!.Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1;
        var nextDrawing = 1;
        var nextChart = 1;
        foreach (var sheet in streamed)
        {
            var part = sheetParts[sheet.Name];
            var rels = new List<(string Id, string Type, string Target)>();
            var tableIds = new List<string>();
            foreach (var table in sheet.Tables)
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"xl/tables/table{nextTable++}.xml");
                var id = "rIdTable" + (tableIds.Count + 1).ToString(CultureInfo.InvariantCulture);
                tableIds.Add(id);
                rels.Add((id, TableType, "/" + path));
                var tableXml = TableXml(table, nextTableId++);
                output[path] = s => s.Write(tableXml);
                AddOverride(typesRoot, "/" + path, "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml");
            }
            string? drawingId = null;
            if (sheet.Drawing is { } drawing)
            {
                var drawingPath = string.Create(CultureInfo.InvariantCulture, $"xl/drawings/drawing{nextDrawing++}.xml");
                drawingId = "rIdDrawing1";
                rels.Add((drawingId, DrawingType, "/" + drawingPath));
                var drawingXml = drawing.DrawingXml();
                output[drawingPath] = s => s.Write(drawingXml);
                AddOverride(typesRoot, "/" + drawingPath, "application/vnd.openxmlformats-officedocument.drawing+xml");
                var chartRels = new List<(string, string, string)>();
                for (var k = 0; k < drawing.Charts.Count; k++)
                {
                    var chartPath = string.Create(CultureInfo.InvariantCulture, $"xl/charts/chart{nextChart++}.xml");
                    var chartXml = drawing.Charts[k].ChartXml();
                    output[chartPath] = s => s.Write(chartXml);
                    chartRels.Add((Drawing.RelationshipId(k), ChartType, "/" + chartPath));
                    AddOverride(typesRoot, "/" + chartPath, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
                }
                var drawingRels = RelsXml(chartRels);
                output[RelsPath(drawingPath)] = s => s.Write(drawingRels);
            }
            var context = new SheetContext(ids, shared, tableIds, drawingId, head);
            output[part] = s => sheet.Write(s, context);
            var sheetRels = RelsXml(rels);
            output[RelsPath(part)] = s => s.Write(sheetRels);
            parts.Remove(part);
            parts.Remove(RelsPath(part));
        }

        output["xl/styles.xml"] = s => Save(styles, s);
        output["_rels/.rels"] = s => s.Write(RelsXml(
        [
            ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"),
            ("rId2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
            ("rId3", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ]));
        output["docProps/core.xml"] = s => s.Write(CoreXml(properties));
        foreach (var (name, bytes) in parts)
        {
            if (name is "[Content_Types].xml" or SharedStringsPath || output.ContainsKey(name)) continue;
            output[name] = s => s.Write(bytes);
        }

        using var zip = new ZipWriter(destination);
        // The content types part first, as readers expect; the shared strings last, once every
        // streamed sheet has added its own. The rest in name order, so the bytes never vary.
        var typesBytes = Serialize(types);
        zip.Add("[Content_Types].xml", typesBytes);
        foreach (var (name, write) in output)
        {
            using var entry = zip.Open(name);
            write(entry);
        }
        if (shared is not null)
        {
            using var entry = zip.Open(SharedStringsPath);
            shared.Write(entry);
        }
    }

    private static Dictionary<string, byte[]> ReadParts(Stream workbook)
    {
        using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var s = entry.Open();
            using var buffer = new MemoryStream();
            s.CopyTo(buffer);
            parts[entry.FullName] = buffer.ToArray();
        }
        return parts;
    }

    /// <summary>Sheet name to the zip path of its worksheet part.</summary>
    private static Dictionary<string, string> SheetParts(Dictionary<string, byte[]> parts, XDocument workbook)
    {
        var rels = Load(parts["xl/_rels/workbook.xml.rels"]).Root!.Elements(PackageRel + "Relationship")
            .ToDictionary(r => r.Attribute("Id")!.Value, r => r.Attribute("Target")!.Value);
        return workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet").ToDictionary(
            s => s.Attribute("name")!.Value,
            s =>
            {
                var target = rels[s.Attribute(Rel + "id")!.Value];
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            });
    }

    /// <summary>
    /// Names each sheet's title rows and columns as its print titles (_xlnm.Print_Titles, scoped to
    /// the sheet by its position), for both writers' sheets: ClosedXML 0.95.4 writes these names
    /// without "$" ("Claims!1:1"), which LibreOffice ignores. The definedNames element goes where
    /// the schema puts it, after the sheets and any external references.
    /// </summary>
    private static void AddPrintTitles(XDocument workbook, IReadOnlyList<(string Sheet, PrintLayout Print)> layouts)
    {
        var root = workbook.Root!;
        var positions = root.Element(Main + "sheets")!.Elements(Main + "sheet").Select((s, i) => (Name: s.Attribute("name")!.Value, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var names = new List<XElement>();
        foreach (var (sheet, print) in layouts)
        {
            if (print.TitlesReference(sheet) is { } reference)
                names.Add(new XElement(Main + "definedName", new XAttribute("name", "_xlnm.Print_Titles"), new XAttribute("localSheetId", positions[sheet]), reference));
        }
        if (names.Count == 0) return;
        var definedNames = root.Element(Main + "definedNames");
        if (definedNames is null)
        {
            definedNames = new XElement(Main + "definedNames");
            var before = root.Elements().Last(e => e.Name == Main + "sheets" || e.Name == Main + "functionGroups" || e.Name == Main + "externalReferences");
            before.AddAfterSelf(definedNames);
        }
        definedNames.Add(names);
    }

    /// <summary>Adds the cell formats streamed sheets use and returns their indexes.</summary>
    private static StyleIds AddCellFormats(XDocument styles)
    {
        var root = styles.Root!;
        var ns = root.Name.Namespace;
        var numFmts = root.Element(ns + "numFmts");
        if (numFmts is null)
        {
            numFmts = new XElement(ns + "numFmts");
            root.AddFirst(numFmts);
        }
        var percentId = Math.Max(164, numFmts.Elements(ns + "numFmt").Select(n => (int)n.Attribute("numFmtId")!).DefaultIfEmpty(163).Max() + 1);
        var countId = percentId + 1;
        numFmts.Add(new XElement(ns + "numFmt", new XAttribute("numFmtId", percentId), new XAttribute("formatCode", CellRules.PercentFormat)));
        // Declared, not built-in format 3, so readers see the same format string as on the ClosedXML path.
        numFmts.Add(new XElement(ns + "numFmt", new XAttribute("numFmtId", countId), new XAttribute("formatCode", CellRules.CountFormat)));
        var booleanId = countId + 1;
        numFmts.Add(new XElement(ns + "numFmt", new XAttribute("numFmtId", booleanId), new XAttribute("formatCode", CellRules.BooleanFormat)));
        numFmts.SetAttributeValue("count", numFmts.Elements().Count());

        var fonts = root.Element(ns + "fonts")!;
        var boldFont = fonts.Elements(ns + "font").Count();
        fonts.Add(new XElement(ns + "font", new XElement(ns + "b"), new XElement(ns + "sz", new XAttribute("val", 13)), new XElement(ns + "name", new XAttribute("val", "Calibri"))));
        var noteFont = boldFont + 1;
        fonts.Add(new XElement(ns + "font", new XElement(ns + "i"), new XElement(ns + "sz", new XAttribute("val", 10)), new XElement(ns + "color", new XAttribute("rgb", "FF595959")), new XElement(ns + "name", new XAttribute("val", "Calibri"))));
        fonts.SetAttributeValue("count", fonts.Elements().Count());

        var xfs = root.Element(ns + "cellXfs")!;
        var first = xfs.Elements(ns + "xf").Count();
        XElement Xf(int numFmt, int font, params XElement[] alignment) => new(ns + "xf",
            new XAttribute("numFmtId", numFmt), new XAttribute("fontId", font), new XAttribute("fillId", 0), new XAttribute("borderId", 0), new XAttribute("xfId", 0),
            numFmt == 0 ? null : new XAttribute("applyNumberFormat", 1), font == 0 ? null : new XAttribute("applyFont", 1), new XAttribute("applyAlignment", 1), alignment);
        XElement Align(bool wrap = false, bool rtl = false) => new(ns + "alignment",
            rtl ? new XAttribute("horizontal", "right") : null, new XAttribute("vertical", "top"), wrap ? new XAttribute("wrapText", 1) : null, rtl ? new XAttribute("readingOrder", 2) : null);
        xfs.Add(Xf(0, 0, Align()), Xf(countId, 0, Align()), Xf(percentId, 0, Align()), Xf(0, 0, Align(wrap: true)), Xf(0, 0, Align(wrap: true, rtl: true)),
            Xf(0, boldFont, Align()), Xf(0, noteFont, Align(wrap: true)), Xf(booleanId, 0, Align()));
        xfs.SetAttributeValue("count", xfs.Elements().Count());
        return new StyleIds(first, first + 1, first + 2, first + 3, first + 4, first + 5, first + 6, first + 7);
    }

    private static byte[] TableXml(TableDefinition table, int id)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8Xml(stream))
        {
            w.Raw("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<table xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" id=\""u8).Integer(id)
                .Raw("\" name=\""u8).Text(table.Name).Raw("\" displayName=\""u8).Text(table.Name).Raw("\" ref=\""u8).Text(table.Reference).Raw("\" totalsRowShown=\"0\">"u8);
            w.Raw("<autoFilter ref=\""u8).Text(table.Reference).Raw("\"/><tableColumns count=\""u8).Integer(table.Columns.Count).Raw("\">"u8);
            for (var j = 0; j < table.Columns.Count; j++) w.Raw("<tableColumn id=\""u8).Integer(j + 1).Raw("\" name=\""u8).Text(table.Columns[j]).Raw("\"/>"u8);
            w.Raw("</tableColumns><tableStyleInfo name=\"TableStyleMedium2\" showFirstColumn=\"0\" showLastColumn=\"0\" showRowStripes=\"1\" showColumnStripes=\"0\"/></table>"u8);
        }
        return stream.ToArray();
    }

    private static byte[] RelsXml(IEnumerable<(string Id, string Type, string Target)> rels)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8Xml(stream))
        {
            w.Raw("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"u8);
            foreach (var (id, type, target) in rels) w.Raw("<Relationship Id=\""u8).Text(id).Raw("\" Type=\""u8).Text(type).Raw("\" Target=\""u8).Text(target).Raw("\"/>"u8);
            w.Raw("</Relationships>"u8);
        }
        return stream.ToArray();
    }

    /// <summary>Title and creator; a creation time only when one was asked for (SOURCE_DATE_EPOCH).</summary>
    private static byte[] CoreXml(Properties p)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8Xml(stream))
        {
            w.Raw("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"u8);
            w.Raw("<dc:title>"u8).Text(p.Title).Raw("</dc:title><dc:creator>"u8).Text(p.Creator).Raw("</dc:creator>"u8);
            if (p.Created is { } at)
            {
                var stamp = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                w.Raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">"u8).Text(stamp).Raw("</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">"u8).Text(stamp).Raw("</dcterms:modified>"u8);
            }
            w.Raw("</cp:coreProperties>"u8);
        }
        return stream.ToArray();
    }

    private static void AddOverride(XElement types, string part, string contentType)
    {
        types.Elements(ContentTypes + "Override").Where(o => (string?)o.Attribute("PartName") == part).Remove();
        types.Add(new XElement(ContentTypes + "Override", new XAttribute("PartName", part), new XAttribute("ContentType", contentType)));
    }

    private static string RelsPath(string part) => $"{Path.GetDirectoryName(part)!.Replace('\\', '/')}/_rels/{Path.GetFileName(part)}.rels";

    private static XDocument Load(byte[] bytes)
    {
        using var s = new MemoryStream(bytes);
        return XDocument.Load(s);
    }

    private static byte[] Serialize(XDocument doc)
    {
        using var s = new MemoryStream();
        Save(doc, s);
        return s.ToArray();
    }

    private static void Save(XDocument doc, Stream s)
    {
        using var w = System.Xml.XmlWriter.Create(s, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false });
        doc.Save(w);
    }
}
