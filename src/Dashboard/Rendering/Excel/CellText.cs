using System.Globalization;

namespace Dashboard.Rendering.Excel;

/// <summary>What both workbook writers (ClosedXML and streamed) need to agree on about a cell's text.</summary>
internal static class CellText
{
    /// <summary>Excel holds at most 32,767 characters in a cell.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>How many characters a value shows as, for sizing its column.</summary>
    public static double DisplayLength(object? value) => value switch
    {
        null => 0,
        bool => 5,
        double d => d.ToString("#,##0", CultureInfo.InvariantCulture).Length + 1,
        int n => n.ToString(CultureInfo.InvariantCulture).Length + 1,
        var v => v.ToString()?.Length ?? 0,
    };

    /// <summary>Characters XML 1.0 cannot hold (most control characters) become U+FFFD instead of breaking the file.</summary>
    public static string XmlSafe(string text)
    {
        foreach (var ch in text)
        {
            if (!XmlChar(ch)) return new string(text.Select(c => XmlChar(c) ? c : '\uFFFD').ToArray());
        }
        return text;
    }

    private static bool XmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);

    /// <summary>
    /// A list of claim ids, space-separated; when they do not fit in one cell, as many as fit and a
    /// pointer to the full list (aggregates.json, or filtering the Claims sheet).
    /// </summary>
    public static string ClaimList(IReadOnlyList<string> ids)
    {
        var joined = string.Join(' ', ids);
        if (joined.Length <= MaxCellText) return joined;
        var tail = string.Create(CultureInfo.InvariantCulture, $" … and more: {ids.Count:N0} claims in all; the full list is in aggregates.json.");
        var cut = joined.LastIndexOf(' ', MaxCellText - tail.Length);
        return joined[..cut] + tail;
    }
}
