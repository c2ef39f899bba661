using System.Globalization;
using System.Xml;

namespace Dashboard.Rendering.Excel;

/// <summary>What both workbook writers (ClosedXML and streamed) need to agree on about a cell's text.</summary>
internal static class CellText
{
    /// <summary>How many characters a value shows as, for sizing its column.</summary>
    public static double DisplayLength(object? value) => value switch
    {
        null => 0,
        bool => 5,
        double d => d.ToString("#,##0", CultureInfo.InvariantCulture).Length + 1,
        int n => n.ToString(CultureInfo.InvariantCulture).Length + 1,
        var v => v.ToString()?.Length ?? 0,
    };

    /// <summary>A SpreadsheetML &lt;t&gt; element; only text with space at either end needs telling that its spaces count.</summary>
    public static void WriteTextElement(XmlWriter w, string ns, string text)
    {
        w.WriteStartElement("t", ns);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) w.WriteAttributeString("xml", "space", null, "preserve");
        w.WriteString(text);
        w.WriteEndElement();
    }
}
