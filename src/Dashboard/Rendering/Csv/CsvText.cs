using System.Globalization;
using System.Text;

namespace Dashboard.Rendering.Csv;

/// <summary>RFC 4180 fields, with text that a spreadsheet would run as a formula defused.</summary>
public static class CsvText
{
    /// <summary>
    /// A text field, quoted. Text starting with =, +, -, @, tab or carriage return is prefixed with
    /// an apostrophe, which spreadsheets read as "this is text" instead of evaluating it.
    /// </summary>
    public static string Text(string? value)
    {
        if (value is null) return "";
        var guarded = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Writes <see cref="Text"/>'s field straight to <paramref name="w"/>, without building it as a string first.</summary>
    public static void Write(TextWriter w, string value)
    {
        w.Write('"');
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') w.Write('\'');
        var span = value.AsSpan();
        for (var quote = span.IndexOf('"'); quote >= 0; quote = span.IndexOf('"'))
        {
            w.Write(span[..(quote + 1)]);
            w.Write('"');
            span = span[(quote + 1)..];
        }
        w.Write(span);
        w.Write('"');
    }

    /// <summary>A number in invariant culture with no grouping, or empty for null.</summary>
    public static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    /// <summary>UTF-8 with a byte-order mark, so Excel shows Arabic rather than mojibake.</summary>
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
}
