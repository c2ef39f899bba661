using System.Xml;
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
        using var w = XmlWriter.Create(destination, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), CheckCharacters = false });
        w.WriteStartDocument(standalone: true);
        w.WriteStartElement("sst", Main.NamespaceName);
        w.WriteAttributeString("uniqueCount", (_existing.Count + _added.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var item in _existing) item.WriteTo(w);
        foreach (var text in _added)
        {
            w.WriteStartElement("si", Main.NamespaceName);
            CellText.WriteTextElement(w, Main.NamespaceName, text);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }
}
