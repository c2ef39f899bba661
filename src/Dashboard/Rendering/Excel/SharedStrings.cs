using System.Xml.Linq;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// The workbook's shared string table, extended while sheets stream: a value repeated on every row
/// (a document id, a side, a qualifier) is stored once and each cell holds its index.
/// </summary>
internal sealed class SharedStrings
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private readonly List<XElement> _existing;
    private readonly List<string> _added = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Starts from the table ClosedXML wrote, keeping its items and their indexes.</summary>
    public SharedStrings(XDocument table)
    {
        _existing = table.Root!.Elements(Main + "si").ToList();
        for (var i = 0; i < _existing.Count; i++)
        {
            // Plain items can be reused; rich-text items keep their index but are not matched.
            if (_existing[i].Elements().Count() == 1 && _existing[i].Element(Main + "t") is { } t) _index.TryAdd(t.Value, i);
        }
    }

    /// <summary>The index of <paramref name="text"/>, adding it when new.</summary>
    public int IndexOf(string text)
    {
        if (_index.TryGetValue(text, out var i)) return i;
        i = _existing.Count + _added.Count;
        _added.Add(text);
        _index[text] = i;
        return i;
    }

    /// <summary>Writes the whole table, ClosedXML's items first, in index order.</summary>
    public void Write(Stream destination)
    {
        using var w = new Utf8Xml(destination);
        w.Raw("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\""u8)
            .Integer(_existing.Count + _added.Count).Raw("\">"u8);
        foreach (var item in _existing) WriteElement(w, item);
        foreach (var text in _added)
        {
            w.Raw(text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? "<si><t xml:space=\"preserve\">"u8 : "<si><t>"u8).Text(text).Raw("</t></si>"u8);
        }
        w.Raw("</sst>"u8);
    }

    /// <summary>ClosedXML's items, rewritten in the default namespace (it writes them with an "x:" prefix).</summary>
    private static void WriteElement(Utf8Xml w, XElement element)
    {
        w.Raw("<").Raw(element.Name.LocalName);
        foreach (var a in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
        {
            w.Raw(" ").Raw(a.Name.Namespace == XNamespace.Xml ? "xml:" + a.Name.LocalName : a.Name.LocalName).Raw("=\"").Text(a.Value).Raw("\"");
        }
        w.Raw(">");
        foreach (var node in element.Nodes())
        {
            if (node is XElement child) WriteElement(w, child);
            else if (node is XText text) w.Text(text.Value);
        }
        w.Raw("</").Raw(element.Name.LocalName).Raw(">");
    }
}
