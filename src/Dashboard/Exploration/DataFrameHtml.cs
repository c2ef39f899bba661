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
    /// <summary>The first <paramref name="maxRows"/> rows of <paramref name="frame"/> as a table.</summary>
    public static string Render(DataFrame frame, int maxRows = 100)
    {
        var sb = new StringBuilder("<table><thead><tr>");
        foreach (var column in frame.Columns) sb.Append("<th>").Append(Escape(column.Name)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        var rows = Math.Min(frame.Rows.Count, maxRows);
        for (long i = 0; i < rows; i++)
        {
            sb.Append("<tr>");
            foreach (var column in frame.Columns)
            {
                var value = column[i];
                var rtl = value is string s && s.Any(c => c is >= '\u0600' and <= '\u06FF');
                sb.Append(rtl ? "<td dir=\"rtl\" lang=\"ar\">" : "<td>").Append(Escape(Format(value))).Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        if (frame.Rows.Count > maxRows) sb.Append("<p>").Append(maxRows).Append(" of ").Append(frame.Rows.Count).Append(" rows shown.</p>");
        return sb.ToString();
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
