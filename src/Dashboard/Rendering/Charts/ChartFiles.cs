using Dashboard.Analysis;

namespace Dashboard.Rendering.Charts;

/// <summary><c>charts/NAME.svg</c>: one chart as a standalone SVG file.</summary>
public sealed class ChartSvgFile(ChartGallery gallery, ChartSpec spec) : IOutput
{
    /// <inheritdoc />
    public string RelativePath => spec.SvgPath;

    /// <inheritdoc />
    public void Write(AnalysedModel model, Stream stream)
    {
        using var w = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
        w.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        w.Write(gallery.Svg(spec));
    }
}

/// <summary><c>charts/NAME.png</c>: one chart as a PNG, for slides and documents.</summary>
public sealed class ChartPngFile(ChartGallery gallery, ChartSpec spec) : IOutput
{
    /// <inheritdoc />
    public string RelativePath => spec.PngPath;

    /// <inheritdoc />
    public void Write(AnalysedModel model, Stream stream) => stream.Write(gallery.Png(spec));
}
