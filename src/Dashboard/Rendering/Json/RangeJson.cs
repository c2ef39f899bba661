using System.Text.Json;
using Dashboard.Analysis;

namespace Dashboard.Rendering.Json;

/// <summary>How every JSON output writes a derived range, so aggregates.json and the diff read alike.</summary>
internal static class RangeJson
{
    /// <summary>
    /// range_low, range_high (null when open above) and open_above. Derived ranges are
    /// range_low/range_high in every output; low/high are a vague claim's recorded bounds.
    /// </summary>
    public static void WriteFields(Utf8JsonWriter w, FigureRange range)
    {
        w.WriteNumber("range_low", range.Low);
        if (range.High is { } high) w.WriteNumber("range_high", high);
        else w.WriteNull("range_high");
        w.WriteBoolean("open_above", range.IsOpen);
    }
}
