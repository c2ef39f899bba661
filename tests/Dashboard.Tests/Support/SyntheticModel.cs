using System.Collections.Concurrent;
using Dashboard.Analysis;
using Dashboard.Loading;
using Dashboard.Synthesis;
using Dashboard.Validation;

namespace Dashboard.Tests.Support;

/// <summary>
/// Synthetic datasets analysed, one per size and seed for the whole run: their statements mix
/// claims with and without a figure, several sources per incident and containment, which the
/// bundled data has few of. A model is immutable, so tests on parallel threads can share it.
/// </summary>
public static class SyntheticModel
{
    private static readonly ConcurrentDictionary<(int Claims, int Seed), Lazy<AnalysedModel>> Models = new();

    /// <summary>The analysed model of <see cref="SyntheticDataset"/> with <paramref name="claims"/> claims from <paramref name="seed"/>.</summary>
    public static AnalysedModel Of(int claims, int seed) => Models.GetOrAdd((claims, seed), key => new Lazy<AnalysedModel>(() =>
    {
        using var stream = new MemoryStream();
        SyntheticDataset.Write(stream, key.Claims, key.Seed);
        return AnalysedModel.Build(ValidatedDataset.From(DatasetLoader.Load(stream.ToArray(), "synth.json")).Valid!);
    })).Value;
}
