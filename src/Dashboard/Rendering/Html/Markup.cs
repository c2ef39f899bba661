using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Dashboard.Rendering.Html;

/// <summary>
/// Markup meant as markup: the only way raw HTML reaches the page. Everything else interpolated
/// into an <see cref="HtmlFragment"/> is escaped, so a section cannot forget to.
/// </summary>
/// <param name="Html">Already-safe HTML.</param>
public readonly record struct Markup(string Html)
{
    /// <summary>Nothing.</summary>
    public static Markup Empty { get; } = new("");

    /// <summary>Builds markup from a template whose holes are escaped.</summary>
    public static Markup Of(ref HtmlFragment fragment) => new(fragment.ToStringAndClear());

    /// <summary>Joins markup.</summary>
    public static Markup Join(string separator, IEnumerable<Markup> parts) => new(string.Join(separator, parts.Select(p => p.Html)));

    /// <inheritdoc />
    public override string ToString() => Html;
}

/// <summary>
/// An interpolated string for HTML: literal parts are the template's own markup, every hole is
/// escaped (&amp; &lt; &gt; " '), numbers are formatted in the invariant culture, and only a
/// <see cref="Markup"/> hole goes in as it is.
/// </summary>
[InterpolatedStringHandler]
public ref struct HtmlFragment
{
    private StringBuilder? _sb;

    /// <summary>Called by the compiler.</summary>
    public HtmlFragment(int literalLength, int formattedCount) => _sb = new StringBuilder(literalLength + formattedCount * 24);

    /// <summary>Template text: markup, as written in the code.</summary>
    public readonly void AppendLiteral(string value) => _sb!.Append(value);

    /// <summary>Markup on purpose.</summary>
    public readonly void AppendFormatted(Markup value) => _sb!.Append(value.Html);

    /// <summary>Text from anywhere: escaped.</summary>
    public readonly void AppendFormatted(string? value) => Escape(_sb!, value);

    /// <summary>Any other value: its invariant text, escaped.</summary>
    public readonly void AppendFormatted<T>(T value, string? format = null) =>
        Escape(_sb!, value is IFormattable f ? f.ToString(format, CultureInfo.InvariantCulture) : value?.ToString());

    /// <summary>The text, once.</summary>
    public string ToStringAndClear()
    {
        var text = _sb?.ToString() ?? "";
        _sb = null;
        return text;
    }

    /// <summary>Appends <paramref name="value"/> with the characters HTML gives meaning to escaped.</summary>
    public static void Escape(StringBuilder sb, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(ch); break;
            }
        }
    }

    /// <summary>Text escaped for HTML, as a string.</summary>
    public static string Escape(string? value)
    {
        var sb = new StringBuilder((value?.Length ?? 0) + 16);
        Escape(sb, value);
        return sb.ToString();
    }
}

/// <summary>Writes a page from <see cref="HtmlFragment"/> templates, one line at a time.</summary>
public sealed class HtmlWriter(TextWriter writer)
{
    /// <summary>A line of markup; its holes are escaped.</summary>
    public void Line(ref HtmlFragment fragment)
    {
        writer.Write(fragment.ToStringAndClear());
        writer.Write('\n');
    }

    /// <summary>Markup without a line break.</summary>
    public void Write(ref HtmlFragment fragment) => writer.Write(fragment.ToStringAndClear());

    /// <summary>Opens a section with its heading, the heading naming it for assistive technology.</summary>
    public void OpenSection(string id, string heading)
    {
        Line($"<section id=\"{id}\" aria-labelledby=\"{id}-h\">");
        Line($"<h2 id=\"{id}-h\">{heading}</h2>");
    }

    /// <summary>Closes a section.</summary>
    public void CloseSection() => Line($"</section>");

    /// <summary>Markup built elsewhere (an SVG, a style sheet).</summary>
    public void Line(Markup markup)
    {
        writer.Write(markup.Html);
        writer.Write('\n');
    }
}
