using Dashboard.Analysis;
using Dashboard.Output;
using Dashboard.Rendering;
using Dashboard.Rendering.Csv;
using Dashboard.Rendering.Json;

namespace Dashboard.Pipeline;

/// <summary>Writes every output for an analysed model into a folder, all or nothing.</summary>
public static class Generator
{
    /// <summary>The outputs, in the order they are written.</summary>
    public static IReadOnlyList<IOutput> Outputs() => [new ClaimsCsv(), new AggregatesJson()];

    /// <summary>Writes all outputs to <paramref name="outDir"/>; on any failure the folder is left as it was.</summary>
    public static IReadOnlyList<string> Write(AnalysedModel model, string outDir)
    {
        var outputs = Outputs();
        AtomicOutputFolder.Write(outDir, staging =>
        {
            foreach (var output in outputs)
            {
                var path = Path.Combine(staging, output.RelativePath.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                output.Write(model, stream);
            }
        });
        return outputs.Select(o => o.RelativePath).ToList();
    }
}
