using Dashboard.Analysis;
using Dashboard.Pipeline;
using Dashboard.Rendering;

namespace Dashboard.Tests.Support;

/// <summary>Runs one output of the generator in memory.</summary>
public static class Render
{
    public static byte[] Bytes(AnalysedModel model, string relativePath, GenerateOptions? options = null)
    {
        var output = Generator.Outputs(model, options).Single(o => o.RelativePath == relativePath);
        using var stream = new MemoryStream();
        output.Write(model, stream);
        return stream.ToArray();
    }

    public static string Text(AnalysedModel model, string relativePath, GenerateOptions? options = null) =>
        System.Text.Encoding.UTF8.GetString(Bytes(model, relativePath, options));
}
