using Dashboard.Model;

namespace Dashboard.Analysis;

/// <summary>
/// The words a figure stands on: one claim of a statement, from an original document rather than a
/// rendering of it where the statement has both.
/// </summary>
/// <param name="Claim">The claim quoted.</param>
/// <param name="Statement">The statement it belongs to (its other claims carry the same words elsewhere).</param>
/// <param name="Document">The document quoted.</param>
public sealed record Quotation(AnalysedClaim Claim, Statement Statement, Document Document)
{
    /// <summary>
    /// The quotation of a statement's mentions, its claims that give no figure (in id order): the
    /// statement's own quotation where its claim is one of them, otherwise the first of them from an
    /// original document, or the first. A statement can hold both kinds of claim, and its own
    /// quotation may then give the number, which is not a mention. Attribution and the report's
    /// headline tiles quote mentions by this one rule.
    /// </summary>
    internal static Quotation OfMentions(Quotation own, IReadOnlyList<AnalysedClaim> mentions, Func<AnalysedClaim, Document> documentOf)
    {
        if (mentions.Any(m => ReferenceEquals(m, own.Claim))) return own;
        var first = mentions.FirstOrDefault(m => documentOf(m).RenderingOf is null) ?? mentions[0];
        return new Quotation(first, own.Statement, documentOf(first));
    }
}

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
