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
    /// <summary>The smallest interval holding both.</summary>
    public Interval Hull(Interval other) =>
        new(Math.Min(Low, other.Low), High is null || other.High is null ? null : Math.Max(High.Value, other.High.Value));

    /// <summary>"[5, 9]" or "[5, open)": how the canonical descriptions write it.</summary>
    public override string ToString() =>
        "[" + Low.ToString("R", CultureInfo.InvariantCulture) + ", " + (High is { } h ? h.ToString("R", CultureInfo.InvariantCulture) + "]" : "open)");
}
