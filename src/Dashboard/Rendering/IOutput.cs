using Dashboard.Analysis;

namespace Dashboard.Rendering;

/// <summary>
/// One file the generator writes. Every output reads the same analysed model and writes to a
/// stream, so each can be tested in memory.
/// </summary>
public interface IOutput
{
    /// <summary>Path inside the output folder, with forward slashes (e.g. "charts/killed.svg").</summary>
    string RelativePath { get; }

    /// <summary>Writes the output for <paramref name="model"/>.</summary>
    void Write(AnalysedModel model, Stream stream);
}
