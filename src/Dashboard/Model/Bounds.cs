namespace Dashboard.Model;

/// <summary>The largest figures the data contract accepts.</summary>
public static class Bounds
{
    /// <summary>
    /// No count can exceed the world's population: about 8.2 billion people in 2025 (UN World
    /// Population Prospects 2024), rounded up to 8.3 billion. Families and events are fewer than
    /// people, so the same ceiling bounds them. It lies far below 2^53, so every whole count up to
    /// it is held exactly by a double.
    /// </summary>
    public const double MaxCount = 8_300_000_000;
}
