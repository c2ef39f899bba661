using System.Globalization;
using System.Text;
using Dashboard.Analysis;
using Dashboard.Loading;
using Dashboard.Tests.Support;
using Dashboard.Validation;
using Xunit.Abstractions;

namespace Dashboard.Tests.Reference;

/// <summary>
/// The analysed model agrees with the reference implementation on every total, statement,
/// incident range, attribution row, comparison and headline: for the bundled dataset, whatever it
/// holds, and for generated datasets. The generated run is drawn from one seed, printed in the test
/// output; REFERENCE_SEED replays it and REFERENCE_CASES changes the count.
/// </summary>
public class ReferenceAgreementTests(ITestOutputHelper output)
{
    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("REFERENCE_CASES"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1_000;

    /// <summary>Loads, validates and analyses JSON text with the library, failing with its problems when invalid.</summary>
    internal static AnalysedModel Model(string json, string name = "generated.json")
    {
        var (valid, problems) = ValidatedDataset.From(DatasetLoader.Load(Encoding.UTF8.GetBytes(json), name));
        Assert.True(valid is not null, "dataset refused:\n" + string.Join("\n", problems));
        return AnalysedModel.Build(valid!);
    }

    /// <summary>Empty when the library and the reference agree on the dataset; otherwise the lines that differ.</summary>
    internal static string Disagreement(string json) =>
        Descriptions.Difference(Descriptions.Of(ReferenceAnalysis.Of(json)), Descriptions.Of(Model(json)));

    [Fact]
    public void The_model_agrees_with_the_reference_on_the_bundled_dataset()
    {
        var json = File.ReadAllText(Repo.BundledData);
        var (valid, problems) = ValidatedDataset.Load(Repo.BundledData);
        Assert.True(valid is not null, "the bundled dataset does not load:\n" + string.Join("\n", problems));
        var reference = Descriptions.Of(ReferenceAnalysis.Of(json));
        var model = Descriptions.Of(AnalysedModel.Build(valid!));
        Assert.True(reference.Count > 0);
        Assert.Equal("", Descriptions.Difference(reference, model));
    }

    [Fact]
    public void The_model_agrees_with_the_reference_on_generated_datasets()
    {
        var seed = Environment.GetEnvironmentVariable("REFERENCE_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        output.WriteLine($"reference seed: {seed} (replay: REFERENCE_SEED={seed} dotnet test --filter ReferenceAgreementTests)");
        var run = new Random(seed);
        int deep = 0, mixed = 0, absent = 0, open = 0, upTo = 0, unquantified = 0, rendering = 0, shared = 0, percentage = 0, comparisons = 0, conflicts = 0;
        for (var i = 0; i < Cases; i++)
        {
            var (json, shape) = GeneratedDatasets.Make(new Random(run.Next()));
            var difference = Disagreement(json);
            if (difference.Length > 0)
            {
                Assert.Fail($"case {i} of REFERENCE_SEED={seed}: the model and the reference disagree\n{difference}\n--- dataset ---\n{json}");
            }
            var reference = ReferenceAnalysis.Of(json);
            comparisons += reference.Comparisons.Count;
            conflicts += reference.Comparisons.Count(c => c.Conflict);
            if (shape.DeepestChain >= 3) deep++;
            if (shape.MixedChain) mixed++;
            if (shape.AbsentIntermediate) absent++;
            if (shape.OpenFigure) open++;
            if (shape.UpTo) upTo++;
            if (shape.Unquantified) unquantified++;
            if (shape.Rendering) rendering++;
            if (shape.SharedStatement) shared++;
            if (shape.Percentage) percentage++;
        }
        output.WriteLine($"{Cases} datasets: chains of depth 3+ {deep}, mixed chains {mixed}, absent intermediates {absent}, open figures {open}, up to {upTo}, "
            + $"unquantified {unquantified}, renderings {rendering}, shared statements {shared}, percentages {percentage}; {comparisons} comparisons, {conflicts} conflicts");
        // The run must reach the cases it is meant to check, not only the easy ones.
        foreach (var (what, count) in new[] { ("deep chains", deep), ("mixed chains", mixed), ("absent intermediates", absent), ("open figures", open), ("up to", upTo),
            ("unquantified", unquantified), ("renderings", rendering), ("shared statements", shared), ("percentages", percentage), ("conflicts", conflicts) })
        {
            Assert.True(count >= Cases / 10, $"only {count} of {Cases} datasets had {what}");
        }
    }
}
