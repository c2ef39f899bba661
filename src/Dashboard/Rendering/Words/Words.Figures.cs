using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>
/// A figure in a language's words, in three parts so a page can keep the digits left to right
/// inside right-to-left prose: the words before the number ("more than", «أكثر من»), the number
/// itself, and the words after it («ألفًا», «على الأقل»). The number may be empty where the
/// language says it in words alone («أكثر من ألفين»).
/// </summary>
/// <param name="Before">Words before the number, with their trailing space.</param>
/// <param name="Number">Digits, separators, a dash between two numbers, a per cent sign.</param>
/// <param name="After">Words after the number, with their leading space.</param>
public readonly record struct FigureText(string Before, string Number, string After);

/// <summary>How figures read in prose, tiles and tables; charts keep a compact mark their legend explains.</summary>
public abstract partial class Words
{
    /// <summary>
    /// A figure as this language writes it: "8", "57–59", "more than 46,000", "at least 4";
    /// «أكثر من 46 ألفًا», «4 على الأقل». An open range is worded by its qualifier
    /// (<see cref="FigureRange.LowExclusive"/>), never with a bare "+".
    /// </summary>
    public abstract FigureText FigureParts(FigureRange range, Unit unit);

    /// <summary>
    /// <see cref="FigureParts"/> as one string. In a right-to-left language the number is wrapped in
    /// a left-to-right isolate (U+2066 … U+2069), so "57–59" keeps its order in plain text too.
    /// </summary>
    public string Figure(FigureRange range, Unit unit)
    {
        var parts = FigureParts(range, unit);
        var number = parts.Number.Length == 0 || Direction == "ltr" ? parts.Number : "\u2066" + parts.Number + "\u2069";
        return parts.Before + number + parts.After;
    }

    /// <summary>
    /// A figure as the charts draw it beside a bar: "57–59", "46,000+". The same in every language
    /// and in both image formats; the legend says what the "+" means (<see cref="OpenEndedKey"/>).
    /// </summary>
    public static string ChartFigure(FigureRange range, Unit unit) => range.Format(unit);

    /// <summary>The chart legend's key for the "+" after a figure: the claim sets no upper limit.</summary>
    public abstract string OpenEndedKey { get; }

    /// <summary>The digits of a figure, with "%" for percentages: "46,000", "90%".</summary>
    protected static string Digits(double n, Unit unit) => FigureRange.Number(n) + (unit == Model.Unit.Percent ? "%" : "");

    /// <summary>The digits of a closed range: "8", "57–59", "20–99%".</summary>
    protected static string ClosedDigits(FigureRange range, Unit unit) =>
        range.IsPoint ? Digits(range.Low, unit) : $"{FigureRange.Number(range.Low)}–{Digits(range.High!.Value, unit)}";
}
