using System.IO.Compression;
using System.Xml.Linq;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// Copies a small workbook written by ClosedXML into the output, entry by entry, replacing the
/// empty placeholder sheets with sheets streamed by <see cref="IStreamedTable"/>, and adding their
/// table parts, content types and the cell formats they use. The output ZIP is written forward
/// only, so a million-row sheet never sits in memory.
/// </summary>
internal static class XlsxRewriter
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string TableContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
    private const string TableRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

    public static void Rewrite(Stream smallWorkbook, Stream destination, IReadOnlyList<IStreamedTable> streamed)
    {
        using var source = new ZipArchive(smallWorkbook, ZipArchiveMode.Read, leaveOpen: true);
        var sheetParts = SheetParts(source);
        var nextTableId = source.Entries.Where(e => e.FullName.StartsWith("xl/tables/", StringComparison.Ordinal))
            .Select(e => (uint?)uint.Parse(Load(e).Root!.Attribute("id")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Max() ?? 0;
        var plan = streamed.Select(t =>
        {
            var part = sheetParts[t.Sheet];
            var id = ++nextTableId;
            return (Table: t, Part: part, TableId: id, TablePath: $"xl/tables/streamed{id}.xml");
        }).ToList();
        var replaced = plan.ToDictionary(p => p.Part, StringComparer.Ordinal);

        var styles = Load(source.GetEntry("xl/styles.xml")!);
        var ids = AddCellFormats(styles);
        var types = Load(source.GetEntry("[Content_Types].xml")!);
        // Without a shared string table in the small workbook, streamed text stays inline.
        const string SharedStringsPath = "xl/sharedStrings.xml";
        var shared = source.GetEntry(SharedStringsPath) is { } sst ? new SharedStrings(Load(sst)) : null;
        foreach (var p in plan)
            types.Root!.Add(new XElement(ContentTypes + "Override", new XAttribute("PartName", "/" + p.TablePath), new XAttribute("ContentType", TableContentType)));

        using var target = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            if (replaced.TryGetValue(entry.FullName, out var p))
            {
                using var sheet = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                p.Table.WriteSheet(sheet, ids, "rIdStreamedTable", shared);
            }
            else if (entry.FullName == "xl/styles.xml") Save(target, entry.FullName, styles);
            else if (shared is not null && entry.FullName == SharedStringsPath) { /* written last, once every sheet has added its strings */ }
            else if (entry.FullName == "[Content_Types].xml") Save(target, entry.FullName, types);
            else if (replaced.ContainsKey(RelsOwner(entry.FullName) ?? "")) { /* rewritten below */ }
            else
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                from.CopyTo(to);
            }
        }
        if (shared is not null)
        {
            using var sstStream = target.CreateEntry(SharedStringsPath, CompressionLevel.Optimal).Open();
            shared.Write(sstStream);
        }
        foreach (var p in plan)
        {
            var rels = new XDocument(new XElement(PackageRel + "Relationships",
                new XElement(PackageRel + "Relationship", new XAttribute("Id", "rIdStreamedTable"), new XAttribute("Type", TableRelationship),
                    new XAttribute("Target", "../tables/" + Path.GetFileName(p.TablePath)))));
            Save(target, RelsPath(p.Part), rels);
            using var table = target.CreateEntry(p.TablePath, CompressionLevel.Optimal).Open();
            using var writer = System.Xml.XmlWriter.Create(table, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
            p.Table.TablePart(p.TableId).WriteTo(writer);
        }
    }

    /// <summary>Sheet name to the ZIP path of its worksheet part.</summary>
    private static Dictionary<string, string> SheetParts(ZipArchive zip)
    {
        var workbook = Load(zip.GetEntry("xl/workbook.xml")!);
        var rels = Load(zip.GetEntry("xl/_rels/workbook.xml.rels")!).Root!.Elements(PackageRel + "Relationship")
            .ToDictionary(r => r.Attribute("Id")!.Value, r => r.Attribute("Target")!.Value);
        return workbook.Root!.Element(Main + "sheets")!.Elements(Main + "sheet").ToDictionary(
            s => s.Attribute("name")!.Value,
            s =>
            {
                var target = rels[s.Attribute(Rel + "id")!.Value];
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            });
    }

    /// <summary>Adds the five cell formats streamed sheets use and returns their indexes.</summary>
    private static StyleIds AddCellFormats(XDocument styles)
    {
        var root = styles.Root!;
        var numFmts = root.Element(Main + "numFmts");
        if (numFmts is null)
        {
            numFmts = new XElement(Main + "numFmts");
            root.AddFirst(numFmts);
        }
        var percentId = Math.Max(164, numFmts.Elements(Main + "numFmt").Select(n => (int)n.Attribute("numFmtId")!).DefaultIfEmpty(163).Max() + 1);
        var countId = percentId + 1;
        numFmts.Add(new XElement(Main + "numFmt", new XAttribute("numFmtId", percentId), new XAttribute("formatCode", TableWriter.PercentFormat)));
        // Declared, not built-in format 3, so readers see the same format string as on the ClosedXML path.
        numFmts.Add(new XElement(Main + "numFmt", new XAttribute("numFmtId", countId), new XAttribute("formatCode", TableWriter.CountFormat)));
        numFmts.SetAttributeValue("count", numFmts.Elements().Count());

        var xfs = root.Element(Main + "cellXfs")!;
        var first = (uint)xfs.Elements(Main + "xf").Count();
        XElement Xf(int numFmt, params XElement[] alignment) => new(Main + "xf",
            new XAttribute("numFmtId", numFmt), new XAttribute("fontId", 0), new XAttribute("fillId", 0), new XAttribute("borderId", 0), new XAttribute("xfId", 0),
            numFmt == 0 ? null : new XAttribute("applyNumberFormat", 1), new XAttribute("applyAlignment", 1), alignment);
        XElement Align(bool wrap = false, bool rtl = false) => new(Main + "alignment",
            rtl ? new XAttribute("horizontal", "right") : null, new XAttribute("vertical", "top"), wrap ? new XAttribute("wrapText", 1) : null, rtl ? new XAttribute("readingOrder", 2) : null);
        xfs.Add(Xf(0, Align()), Xf(countId, Align()), Xf(percentId, Align()), Xf(0, Align(wrap: true)), Xf(0, Align(wrap: true, rtl: true)));
        xfs.SetAttributeValue("count", xfs.Elements().Count());
        return new StyleIds(first, first + 1, first + 2, first + 3, first + 4);
    }

    private static string? RelsOwner(string path)
    {
        // xl/worksheets/_rels/sheet2.xml.rels belongs to xl/worksheets/sheet2.xml.
        if (!path.EndsWith(".rels", StringComparison.Ordinal) || !path.Contains("/_rels/", StringComparison.Ordinal)) return null;
        return path.Replace("/_rels/", "/", StringComparison.Ordinal)[..^".rels".Length];
    }

    private static string RelsPath(string part) => $"{Path.GetDirectoryName(part)!.Replace('\\', '/')}/_rels/{Path.GetFileName(part)}.rels";

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        return XDocument.Load(s);
    }

    private static void Save(ZipArchive zip, string path, XDocument doc)
    {
        using var s = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        doc.Save(s, SaveOptions.DisableFormatting);
    }
}
