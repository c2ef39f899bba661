using Dashboard.Analysis;

namespace Dashboard.Rendering.Charts;

/// <summary>
/// The charts of one model in one language, each drawn once, SVG and PNG from one plot, and
/// shared by the report and the chart files.
/// </summary>
public sealed class ChartGallery
{
    private readonly Dictionary<string, Lazy<(string Svg, byte[] Png)>> _drawn = new(StringComparer.Ordinal);

    /// <summary>Builds the chart specs of <paramref name="model"/> in <paramref name="words"/>' language; drawing waits until asked.</summary>
    public ChartGallery(AnalysedModel model, Words.Words words)
    {
        Words = words;
        Specs = ChartRecipes.All(model, words);
    }

    /// <summary>The language of the charts.</summary>
    public Words.Words Words { get; }

    /// <summary>The charts, in report order.</summary>
    public IReadOnlyList<ChartSpec> Specs { get; }

    /// <summary>The chart's SVG, ready to inline.</summary>
    public string Svg(ChartSpec spec) => Drawn(spec).Svg;

    /// <summary>The chart's PNG bytes.</summary>
    public byte[] Png(ChartSpec spec) => Drawn(spec).Png;

    /// <summary>Whoever asks first draws both files; another thread asking for the same chart waits for it.</summary>
    private (string Svg, byte[] Png) Drawn(ChartSpec spec)
    {
        Lazy<(string Svg, byte[] Png)>? drawn;
        lock (_drawn)
        {
            if (!_drawn.TryGetValue(spec.Name, out drawn)) _drawn[spec.Name] = drawn = new(() => RangeBarChart.Both(spec), LazyThreadSafetyMode.ExecutionAndPublication);
        }
        return drawn.Value;
    }
}
