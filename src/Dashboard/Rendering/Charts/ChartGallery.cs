using Dashboard.Analysis;

namespace Dashboard.Rendering.Charts;

/// <summary>The charts of one model in one language, each drawn to SVG once and shared by the report and the chart files.</summary>
public sealed class ChartGallery
{
    private readonly Dictionary<string, string> _svg = new(StringComparer.Ordinal);

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
    public string Svg(ChartSpec spec)
    {
        lock (_svg)
        {
            if (!_svg.TryGetValue(spec.Name, out var svg)) _svg[spec.Name] = svg = RangeBarChart.Svg(spec);
            return svg;
        }
    }
}
