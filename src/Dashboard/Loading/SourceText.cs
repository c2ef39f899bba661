using System.Text;

namespace Dashboard.Loading;

/// <summary>
/// The raw bytes of a data file plus a line index, so any byte offset the JSON reader reports can
/// be turned into the line and column a curator sees in an editor.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    /// <summary>Holds <paramref name="bytes"/>, read from the file the user called <paramref name="displayName"/>.</summary>
    public SourceText(string displayName, byte[] bytes)
    {
        DisplayName = displayName;
        Bytes = bytes;
    }

    /// <summary>
    /// Where each line starts, found when a message first needs a line: a valid file never asks, and
    /// a million claims are half a gigabyte to search.
    /// </summary>
    private int[] LineStarts => _lineStarts ?? Interlocked.CompareExchange(ref _lineStarts, FindLineStarts(Bytes), null) ?? _lineStarts!;

    private static int[] FindLineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (int start = 0, length; (length = bytes.AsSpan(start).IndexOf((byte)'\n')) >= 0; start += length + 1) starts.Add(start + length + 1);
        return starts.ToArray();
    }

    /// <summary>The path as the user gave it, used in every message.</summary>
    public string DisplayName { get; }

    /// <summary>The file's bytes, byte-order mark included.</summary>
    public byte[] Bytes { get; }

    /// <summary>The byte offset of a 0-based line and a byte position in it, as the JSON reader reports them.</summary>
    public int OffsetOf(int line, int byteInLine)
    {
        var starts = LineStarts;
        return line < starts.Length ? Math.Min(starts[line] + byteInLine, Bytes.Length) : Bytes.Length;
    }

    /// <summary>1-based line and column of a byte offset.</summary>
    public (int Line, int Column) Locate(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, Bytes.Length);
        var starts = LineStarts;
        var line = Array.BinarySearch(starts, at);
        if (line < 0) line = ~line - 1;
        var start = starts[line];
        // Columns count characters, not bytes: an Arabic letter is two UTF-8 bytes but one column.
        var prefix = Bytes.AsSpan(start, at - start);
        if (line == 0 && prefix.StartsWith(Utf8Bom)) prefix = prefix[Utf8Bom.Length..];
        var column = Encoding.UTF8.GetCharCount(prefix) + 1;
        return (line + 1, column);
    }

    /// <summary>A problem at <paramref name="offset"/>.</summary>
    public Problem ProblemAt(long offset, string path, string message)
    {
        var (line, column) = Locate(offset);
        return new Problem(DisplayName, line, column, path, message);
    }

    internal static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];
}
