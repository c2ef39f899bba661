namespace Dashboard.Loading;

/// <summary>One thing wrong with the input, located so an editor can jump to it.</summary>
/// <param name="File">The data file as the user named it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, in UTF-16 code units as editors count them.</param>
/// <param name="Path">JSON path of the offending value, e.g. <c>$.claims[3].source</c>.</param>
/// <param name="Message">What is wrong, naming the offending value.</param>
public sealed record Problem(string File, int Line, int Column, string Path, string Message)
{
    /// <summary>The <c>FILE:LINE:COL: path: message</c> form compilers and editors understand.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Path}: {Message}";
}
