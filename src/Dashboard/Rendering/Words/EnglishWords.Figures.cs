using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>Figures in English words.</summary>
internal sealed partial class EnglishWords
{
    public override FigureText FigureParts(FigureRange range, Unit unit) => range.High is null
        ? new(range.LowExclusive ? "more than " : "at least ", Digits(range.Low, unit), "")
        : new("", ClosedDigits(range, unit), "");

    public override string OpenEndedKey => "“+”: the claim sets no upper limit";
}
