using System.Buffers;
using System.Globalization;
using System.Text;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// A forward-only XML writer that writes UTF-8 straight into a pooled buffer. XmlWriter checks and
/// tracks every element, which costs more than the cell itself at a million rows; sheet XML has a
/// fixed shape, so markup is written as literal bytes and only text and numbers are converted.
/// </summary>
internal sealed class Utf8Xml : IDisposable
{
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private readonly Stream _output;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _used;

    public Utf8Xml(Stream output) => _output = output;

    /// <summary>Literal markup, already UTF-8.</summary>
    public Utf8Xml Raw(ReadOnlySpan<byte> utf8)
    {
        Ensure(utf8.Length);
        utf8.CopyTo(_buffer.AsSpan(_used));
        _used += utf8.Length;
        return this;
    }

    /// <summary>Literal markup given as a string (names, formulas' fixed parts).</summary>
    public Utf8Xml Raw(string markup)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(markup.Length));
        _used += Encoding.UTF8.GetBytes(markup, _buffer.AsSpan(_used));
        return this;
    }

    /// <summary>
    /// Text content or an attribute value: &amp; &lt; &gt; " escaped, characters XML 1.0 cannot hold
    /// replaced by U+FFFD (a control character in the data must not break the file).
    /// </summary>
    public Utf8Xml Text(ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            var stop = text.IndexOfAny(Special);
            var run = stop < 0 ? text : text[..stop];
            if (run.Length > 0)
            {
                Ensure(Encoding.UTF8.GetMaxByteCount(run.Length));
                _used += Encoding.UTF8.GetBytes(run, _buffer.AsSpan(_used));
            }
            if (stop < 0) break;
            Raw(text[stop] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                _ => "\uFFFD"u8,
            });
            text = text[(stop + 1)..];
        }
        return this;
    }

    /// <summary>A whole number.</summary>
    public Utf8Xml Integer(long n)
    {
        Ensure(20);
        n.TryFormat(_buffer.AsSpan(_used), out var written, default, CultureInfo.InvariantCulture);
        _used += written;
        return this;
    }

    /// <summary>A number in its shortest round-trip form.</summary>
    public Utf8Xml Number(double d)
    {
        Ensure(32);
        d.TryFormat(_buffer.AsSpan(_used), out var written, "R", CultureInfo.InvariantCulture);
        _used += written;
        return this;
    }

    /// <summary>A cell reference: "B12".</summary>
    public Utf8Xml Cell(ReadOnlySpan<byte> column, int row) => Raw(column).Integer(row);

    public void Flush()
    {
        if (_used == 0) return;
        _output.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Ensure(int bytes)
    {
        if (_used + bytes <= _buffer.Length) return;
        Flush();
        if (bytes <= _buffer.Length) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = ArrayPool<byte>.Shared.Rent(bytes);
    }
}
