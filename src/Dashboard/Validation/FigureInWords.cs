using System.Globalization;
using Dashboard.Model;

namespace Dashboard.Validation;

/// <summary>
/// A claim's figure stands in its own words. A claim with a value must quote a span that writes
/// that value, in digits or number words (see <see cref="WrittenNumbers"/>): a claim of 3 killed
/// quoting «وقوع قتيلين» (two killed) is refused. A vague claim has no value; its bounds come from
/// the codebook's rule, not from the span, so its note must say why (any non-empty note counts; its
/// prose is not read). A claim with neither value nor bounds has no figure to check.
/// </summary>
public static class FigureInWords
{
    /// <summary>Why <paramref name="claim"/>'s figure does not stand in its evidence, or null when it does.</summary>
    public static string? Problem(Claim claim)
    {
        if (claim.Value is { } value)
        {
            var written = WrittenNumbers.In(claim.Evidence);
            // A double compare: values are at most 15 significant digits, which a double holds exactly.
            if (written.Exists(n => (double)n == value)) return null;
            var gives = written.Count == 0
                ? "which writes no number"
                : "which writes " + string.Join(", ", written.Distinct().Select(n => n.ToString(CultureInfo.InvariantCulture)));
            return $"{value.ToString(CultureInfo.InvariantCulture)} is not written in the evidence, {gives}; quote the span that gives the figure, in digits or number words";
        }
        if (claim.Qualifier == Qualifier.Vague && string.IsNullOrWhiteSpace(claim.Note))
        {
            return "a vague figure is not written as a number in its evidence, so the note must give the reason for its low and high (e.g. the codebook's rule for «عشرات»)";
        }
        return null;
    }
}
