using System.Globalization;
using Dashboard.Model;

namespace Dashboard.Analysis;

/// <summary>
/// A figure's plausible span: from <see cref="Low"/> to <see cref="High"/>, or open above when
/// High is null ("46,000+"). Open ends survive every sum.
/// </summary>
public readonly record struct FigureRange(double Low, double? High)
{
    /// <summary>
    /// True when the floor itself is excluded: the words say "more than 46,000", not "at least
    /// 46,000". It changes how an open range is worded, never a number; equality ignores it.
    /// </summary>
    public bool LowExclusive { get; init; }

    /// <summary>Equal when low and high are (the wording flag <see cref="LowExclusive"/> aside).</summary>
    public bool Equals(FigureRange other) => Low.Equals(other.Low) && Nullable.Equals(High, other.High);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Low, High);

    /// <summary>True when nothing bounds the figure from above.</summary>
    public bool IsOpen => High is null;

    /// <summary>True when low and high are the same number.</summary>
    public bool IsPoint => High == Low;

    /// <summary>The range a claim's words allow (PRODUCT.md, analysis rules); null for harm mentioned with no figure.</summary>
    public static FigureRange? Of(Claim claim) => claim.Qualifier == Qualifier.Unquantified ? null : OfFigure(claim);

    private static FigureRange OfFigure(Claim claim) => claim.Qualifier switch
    {
        Qualifier.Exact or Qualifier.About => new(claim.Value!.Value, claim.Value),
        Qualifier.MoreThan => new(claim.Value!.Value, null) { LowExclusive = true },
        Qualifier.AtLeast => new(claim.Value!.Value, null),
        Qualifier.UpTo => new(0, claim.Value),
        Qualifier.Vague => new(claim.Low!.Value, claim.High),
        _ => throw new ArgumentOutOfRangeException(nameof(claim), claim.Qualifier, "unknown qualifier"),
    };

    /// <summary>Two separate harms together.</summary>
    public static FigureRange operator +(FigureRange a, FigureRange b) =>
        // More than x plus at least y is more than x + y.
        new(a.Low + b.Low, a.High is { } x && b.High is { } y ? x + y : null) { LowExclusive = a.LowExclusive || b.LowExclusive };

    /// <summary>The span covering both readings: lowest low, highest high (open if either is).</summary>
    public FigureRange Union(FigureRange other) =>
        new(Math.Min(Low, other.Low), High is { } x && other.High is { } y ? Math.Max(x, y) : null)
        {
            // The lower floor decides; at a tie the floor is excluded only if both exclude it.
            LowExclusive = Low < other.Low ? LowExclusive : other.Low < Low ? other.LowExclusive : LowExclusive && other.LowExclusive,
        };

    /// <summary>The higher floor of two readings that both hold (a whole and its part), with its wording.</summary>
    public static (double Low, bool Exclusive) HigherFloor(FigureRange a, FigureRange b) =>
        a.Low > b.Low ? (a.Low, a.LowExclusive) : b.Low > a.Low ? (b.Low, b.LowExclusive) : (a.Low, a.LowExclusive || b.LowExclusive);

    /// <summary>"2", "9–25", "46,000+", with "%" for percentages; invariant culture, so a reader in Berlin sees the same.</summary>
    public string Format(Unit unit)
    {
        var suffix = unit == Unit.Percent ? "%" : "";
        var low = Number(Low) + suffix;
        if (High is not { } high) return low + "+";
        return IsPoint ? low : $"{low}–{Number(high)}{suffix}";
    }

    /// <summary>A number with thousands separators and no needless decimals.</summary>
    public static string Number(double n) => n.ToString(n == Math.Floor(n) ? "#,##0" : "#,##0.##", CultureInfo.InvariantCulture);
}
