namespace Dashboard.Tests.Support;

/// <summary>
/// Where a marker stands in a text, counted the plain way (split on '\n'), so tests check the
/// loader's byte-based positions against an independent count.
/// </summary>
public static class TextPosition
{
    public static (int Line, int Column) Of(string text, string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
            if (index < 0) throw new ArgumentException($"marker '{marker}' (occurrence {occurrence}) not in text");
        }
        var before = text[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }
}
