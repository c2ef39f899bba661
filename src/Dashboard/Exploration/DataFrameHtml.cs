using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace Dashboard.Exploration;

/// <summary>
/// A DataFrame as an HTML table, for notebooks: .NET Interactive's default formatter shows a
/// DataFrame as an object tree. Text is escaped; numbers use the invariant culture.
/// </summary>
public static class DataFrameHtml
{
    /// <summary>
    /// The first <paramref name="maxRows"/> rows of <paramref name="frame"/> as a table that scrolls
    /// sideways inside its own output and keeps every row one line high: text longer than
    /// <paramref name="maxChars"/> is cut, with the whole of it in the cell's title (shown on hover),
    /// and Arabic text is marked right to left.
    /// </summary>
    public static string Render(DataFrame frame, int maxRows = 100, int maxChars = 80)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 2);
        // A notebook's output area is as wide as the page: a frame with many columns would run off
        // its right edge, and a long quotation would wrap into a narrow column many lines high.
        // Each cell says nowrap itself: JupyterLab's stylesheet sets white-space on every td and th,
        // so a table-wide style would not reach them.
        var sb = new StringBuilder("<div style=\"overflow-x:auto\"><table><thead><tr>");
        foreach (var column in frame.Columns) sb.Append("<th style=\"white-space:nowrap\">").Append(Escape(column.Name)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        var rows = Math.Min(frame.Rows.Count, maxRows);
        for (long i = 0; i < rows; i++)
        {
            sb.Append("<tr>");
            foreach (var column in frame.Columns) Cell(sb, Format(column[i]), maxChars);
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        if (frame.Rows.Count > maxRows) sb.Append("<p>").Append(maxRows).Append(" of ").Append(frame.Rows.Count).Append(" rows shown.</p>");
        return sb.Append("</div>").ToString();
    }

    private static void Cell(StringBuilder sb, string text, int maxChars)
    {
        sb.Append("<td style=\"white-space:nowrap\"");
        if (text.Any(c => c is >= '\u0600' and <= '\u06FF')) sb.Append(" dir=\"rtl\" lang=\"ar\"");
        var shown = Shorten(text, maxChars);
        if (shown.Length != text.Length) sb.Append(" title=\"").Append(Escape(text)).Append('"');
        sb.Append('>').Append(Escape(shown)).Append("</td>");
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="maxChars"/> characters, ellipsis
    /// included: at the last space when one falls in the second half, so a word stays whole.
    /// </summary>
    private static string Shorten(string text, int maxChars)
    {
        if (text.Length <= maxChars) return text;
        var cut = text.LastIndexOf(' ', maxChars - 1);
        if (cut < maxChars / 2) cut = maxChars - 1;
        // Never split a surrogate pair: half a character would show as a replacement mark.
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("#,##0.##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Escape(string text) => Rendering.Html.HtmlFragment.Escape(text);
}
