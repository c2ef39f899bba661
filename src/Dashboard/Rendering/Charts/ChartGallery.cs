using Dashboard.Analysis;

namespace Dashboard.Rendering.Charts;

/// <summary>The charts of one model, each drawn to SVG once and shared by the report and the chart files.</summary>
public sealed class ChartGallery
{
    private readonly Dictionary<string, string> _svg = new(StringComparer.Ordinal);

    /// <summary>Builds the chart specs of <paramref name="model"/>; drawing waits until asked.</summary>
    public ChartGallery(AnalysedModel model) => Specs = ChartRecipes.All(model);

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
