using System.Globalization;
using Dashboard.Model;

namespace Dashboard.Analysis;

/// <summary>
/// A figure's plausible span: from <see cref="Low"/> to <see cref="High"/>, or open above when
/// High is null ("46,000+"). Open ends survive every sum.
/// </summary>
public readonly record struct FigureRange(double Low, double? High)
{
    /// <summary>True when nothing bounds the figure from above.</summary>
    public bool IsOpen => High is null;

    /// <summary>True when low and high are the same number.</summary>
    public bool IsPoint => High == Low;

    /// <summary>The range a claim's words allow (PRODUCT.md, analysis rules); null for harm mentioned with no figure.</summary>
    public static FigureRange? Of(Claim claim) => claim.Qualifier == Qualifier.Unquantified ? null : OfFigure(claim);

    private static FigureRange OfFigure(Claim claim) => claim.Qualifier switch
    {
        Qualifier.Exact or Qualifier.About => new(claim.Value!.Value, claim.Value),
        Qualifier.MoreThan or Qualifier.AtLeast => new(claim.Value!.Value, null),
        Qualifier.UpTo => new(0, claim.Value),
        Qualifier.Vague => new(claim.Low!.Value, claim.High),
        _ => throw new ArgumentOutOfRangeException(nameof(claim), claim.Qualifier, "unknown qualifier"),
    };

    /// <summary>Two separate harms together.</summary>
    public static FigureRange operator +(FigureRange a, FigureRange b) =>
        new(a.Low + b.Low, a.High is { } x && b.High is { } y ? x + y : null);

    /// <summary>The span covering both readings: lowest low, highest high (open if either is).</summary>
    public FigureRange Union(FigureRange other) =>
        new(Math.Min(Low, other.Low), High is { } x && other.High is { } y ? Math.Max(x, y) : null);

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
