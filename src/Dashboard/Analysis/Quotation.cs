using Dashboard.Model;

namespace Dashboard.Analysis;

/// <summary>
/// The words a figure stands on: one claim of a statement, from an original document rather than a
/// rendering of it where the statement has both.
/// </summary>
/// <param name="Claim">The claim quoted.</param>
/// <param name="Statement">The statement it belongs to (its other claims carry the same words elsewhere).</param>
/// <param name="Document">The document quoted.</param>
public sealed record Quotation(AnalysedClaim Claim, Statement Statement, Document Document);

/// <summary>Overlap and gap of two ranges (open ends reach anything above).</summary>
public static class RangeComparison
{
    /// <summary>True when a number lies in both ranges.</summary>
    public static bool Overlap(FigureRange a, FigureRange b) =>
        (a.High is null || a.High >= b.Low) && (b.High is null || b.High >= a.Low);

    /// <summary>0 when the ranges overlap; otherwise the distance from the lower range's high to the higher range's low.</summary>
    public static double Gap(FigureRange a, FigureRange b) =>
        Overlap(a, b) ? 0 : Math.Max(b.Low - (a.High ?? double.PositiveInfinity), a.Low - (b.High ?? double.PositiveInfinity));
}
