using System.Text;

namespace Dashboard.Rendering.Html;

/// <summary>Escaping for text from the data: it is always shown as text, never parsed as markup.</summary>
public static class Html
{
    /// <summary>Text content or attribute value with &amp; &lt; &gt; " ' escaped.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var sb = new StringBuilder(value.Length + 16);
        foreach (var ch in value)
        {
            sb.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ch.ToString(),
            });
        }
        return sb.ToString();
    }
}
