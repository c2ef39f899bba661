using System.Globalization;

namespace Dashboard.Rendering.Excel;

/// <summary>What both workbook writers (ClosedXML and streamed) need to agree on about a cell's text.</summary>
internal static class CellText
{
    /// <summary>Excel holds at most 32,767 characters in a cell.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>How many characters a value shows as, for sizing its column.</summary>
    public static double DisplayLength(CellValue value) => value.Type switch
    {
        CellType.Blank => 0,
        CellType.Boolean => 5,
        CellType.Number => value.Number.ToString("#,##0", CultureInfo.InvariantCulture).Length + 1,
        CellType.Integer => value.Number.ToString("0", CultureInfo.InvariantCulture).Length + 1,
        _ => value.Text!.Length,
    };

    /// <summary>
    /// True when a cell of a right-to-left column holds text that reads left to right: its first
    /// letter with a direction is not from a right-to-left script, as HTML's dir="auto" decides. An
    /// evidence span quoted from the English rendering is English, and set right to left it would
    /// print its closing full stop at the start.
    /// </summary>
    public static bool ReadsLeftToRight(string text)
    {
        foreach (var c in text)
        {
            // Hebrew, Arabic, Syriac, Thaana, NKo and the Arabic presentation forms.
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE') return false;
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

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
        // A list that fits is its ids joined (most are an incident's or a statement's one or two):
        // only a list too long for the cell needs the pointer, and room kept for it.
        var joined = -1;
        foreach (var id in ids)
        {
            joined += 1 + id.Length;
            if (joined > MaxCellText) break;
        }
        if (joined <= MaxCellText) return ids.Count == 1 ? ids[0] : string.Join(' ', ids);
        var tail = " " + FiguresWorkbook.Language.MoreClaimsThanFit(ids.Count);
        // Stops at the cell's limit: the overall total of a million claims would otherwise be joined whole to keep 0.3% of it.
        var sb = new System.Text.StringBuilder(Math.Min(MaxCellText, ids.Count * 10));
        for (var k = 0; k < ids.Count; k++)
        {
            var needed = (k > 0 ? 1 : 0) + ids[k].Length;
            var rest = k + 1 < ids.Count ? tail.Length : 0;
            if (sb.Length + needed + rest > MaxCellText) return sb.Append(tail).ToString();
            if (k > 0) sb.Append(' ');
            sb.Append(ids[k]);
        }
        return sb.ToString();
    }
}
