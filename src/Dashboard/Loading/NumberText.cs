using System.Globalization;
using System.Text;

namespace Dashboard.Loading;

/// <summary>
/// Whether a number as written in JSON is exactly the double it becomes. "9007199254740993" and
/// "1.00000000000000001" silently turn into other numbers when read; a figure must stay the figure
/// the document gave, so such numbers are refused rather than rounded.
/// </summary>
internal static class NumberText
{
    /// <summary>True when <paramref name="json"/> (a JSON number token) denotes exactly <paramref name="value"/>.</summary>
    public static bool IsExactly(ReadOnlySpan<byte> json, double value)
    {
        // Almost every figure is a plain integer; one of at most 15 digits is below 2^53, so the
        // double holds it exactly and the slower comparison below can be skipped.
        var digits = json.Length > 0 && json[0] == '-' ? json[1..] : json;
        if (digits.Length is > 0 and <= 15 && (digits[0] != '0' || digits.Length == 1) && !digits.ContainsAnyExceptInRange((byte)'0', (byte)'9')) return true;
        // The shortest round-trip text of the double is a decimal that the double holds exactly
        // enough to give back; the written number must be that same decimal.
        Span<byte> shortest = stackalloc byte[32];
        if (!value.TryFormat(shortest, out var written, "R", CultureInfo.InvariantCulture)) return false;
        return Canonical(json) == Canonical(shortest[..written]);
    }

    /// <summary>
    /// Sign, significant digits and exponent of a decimal number: "120", "1.2e2" and "0.0012E5"
    /// all give (false, "12", 1). Zero is ("", 0) whatever its sign.
    /// </summary>
    internal static (bool Negative, string Digits, long Exponent) Canonical(ReadOnlySpan<byte> text)
    {
        var i = 0;
        var negative = i < text.Length && text[i] == '-';
        if (negative || (i < text.Length && text[i] == '+')) i++;
        var digits = new StringBuilder();
        long exponent = 0;
        var seenPoint = false;
        for (; i < text.Length && text[i] is (>= (byte)'0' and <= (byte)'9') or (byte)'.'; i++)
        {
            if (text[i] == '.') { seenPoint = true; continue; }
            digits.Append((char)text[i]);
            if (seenPoint) exponent--;
        }
        if (i < text.Length && text[i] is (byte)'e' or (byte)'E')
        {
            i++;
            var expNegative = i < text.Length && text[i] == '-';
            if (expNegative || (i < text.Length && text[i] == '+')) i++;
            long e = 0;
            // Exponents beyond any double saturate: such numbers are refused as too large anyway.
            for (; i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9'; i++) e = Math.Min(e * 10 + (text[i] - '0'), 100_000);
            exponent += expNegative ? -e : e;
        }
        var s = digits.ToString().TrimStart('0');
        var trimmed = s.TrimEnd('0');
        exponent += s.Length - trimmed.Length;
        return trimmed.Length == 0 ? (false, "", 0) : (negative, trimmed, exponent);
    }
}
