using System.Globalization;

namespace Dashboard.Tests.Reference;

/// <summary>
/// The reference's own range: a floor and a ceiling, the ceiling null when the figure has none
/// ("more than 9"). Kept apart from the library's range type on purpose, so that a mistake in one
/// cannot hide in the other.
/// </summary>
/// <param name="Low">The floor.</param>
/// <param name="High">The ceiling, or null when open above.</param>
public readonly record struct Interval(double Low, double? High)
{
    /// <summary>
    /// True when the floor itself is not in the interval ("more than 9" is (9, open), "at least 9"
    /// is [9, open)). Worked out as for sets of numbers in the methods below.
    /// </summary>
    public bool LowExcluded { get; init; }

    /// <summary>
    /// The smallest interval holding both (either reading): the lower floor, with its own
    /// exclusion; at a tie the floor is in the hull if it is in either.
    /// </summary>
    public Interval Hull(Interval other) =>
        new(Math.Min(Low, other.Low), High is null || other.High is null ? null : Math.Max(High.Value, other.High.Value))
        {
            LowExcluded = Low == other.Low ? LowExcluded && other.LowExcluded : Low < other.Low ? LowExcluded : other.LowExcluded,
        };

    /// <summary>
    /// Two separate harms together: x above (or at) a and y above (or at) b make x + y above a + b
    /// as soon as either is strictly above.
    /// </summary>
    public static Interval operator +(Interval a, Interval b) =>
        new(a.Low + b.Low, a.High is null || b.High is null ? null : a.High + b.High) { LowExcluded = a.LowExcluded || b.LowExcluded };

    /// <summary>
    /// The floor that two facts about one number give together (a whole at least its own floor and
    /// at least its parts): the higher one; at a tie it is excluded if either excludes it.
    /// </summary>
    public static (double Low, bool Excluded) BothFloors(double lowA, bool excludedA, double lowB, bool excludedB) =>
        lowA == lowB ? (lowA, excludedA || excludedB) : lowA > lowB ? (lowA, excludedA) : (lowB, excludedB);

    /// <summary>"[5, 9]", "(5, open)": how the canonical descriptions write it.</summary>
    public override string ToString() =>
        (LowExcluded ? "(" : "[") + Low.ToString("R", CultureInfo.InvariantCulture) + ", " + (High is { } h ? h.ToString("R", CultureInfo.InvariantCulture) + "]" : "open)");
}
