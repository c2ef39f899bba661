using System.Collections.Immutable;
using System.Diagnostics;
using Dashboard.Analysis;
using Dashboard.Loading;
using Dashboard.Output;
using Dashboard.Validation;

namespace Dashboard.Pipeline;

/// <summary>How long a stage took and how much it allocated.</summary>
/// <param name="Stage">load, validate, analyse, or an output's path.</param>
/// <param name="Took">Wall time.</param>
/// <param name="Allocated">Bytes allocated: by the whole process for the sequential stages, by the output's own thread for an output.</param>
public sealed record StageTiming(string Stage, TimeSpan Took, long Allocated);

/// <summary>Told when a stage starts and ends, for progress displays and timings. Called from several threads while outputs are written.</summary>
public interface IStageObserver
{
    /// <summary>A stage began; <paramref name="all"/> lists every stage of the run in order.</summary>
    void Started(string stage, IReadOnlyList<string> all);

    /// <summary>A stage ended.</summary>
    void Finished(StageTiming timing);
}

/// <summary>What <see cref="Run.Generate"/> is asked to do.</summary>
/// <param name="Data">The dataset.</param>
/// <param name="OutDir">Where the outputs go: a folder that is absent, empty or written by this tool (files the user added are kept); replaced only when all are written.</param>
/// <param name="Previous">A previous edition of the dataset to compare with, or null.</param>
/// <param name="GeneratedAt">A build time to print (SOURCE_DATE_EPOCH), or null for none.</param>
public sealed record GenerateRequest(string Data, string OutDir, string? Previous = null, DateTimeOffset? GeneratedAt = null);

/// <summary>What a run gave: the model and outputs written, or the problems that stopped it (nothing written).</summary>
public sealed record GenerateResult(AnalysedModel? Model, ImmutableArray<Problem> Problems, IReadOnlyList<string> Written, EditionDiff? Changes)
{
    /// <summary>True when the input passed every rule and the outputs were written.</summary>
    public bool Succeeded => Model is not null && Problems.IsEmpty;
}

/// <summary>
/// The generator's one entry point, in the shape of every step: load inputs, process data, save
/// outputs. The command line only parses arguments and prints what this returns.
/// </summary>
public static class Run
{
    private static readonly string[] FirstStages = ["load", "validate", "analyse"];

    /// <summary>Loads, validates and analyses <paramref name="request"/>'s dataset (and its previous edition), then writes every output.</summary>
    /// <exception cref="OutputRefusedException">
    /// The output folder is, holds or lies in an input, is the current folder, one of its ancestors, a
    /// repository's root or the home folder, or is not empty and was not written by this tool; checked
    /// before any work, and again when the folder is swapped.
    /// </exception>
    public static GenerateResult Generate(GenerateRequest request, IStageObserver? observer = null)
    {
        var outputs = Generator.OutputPaths();
        var stages = FirstStages.Concat(outputs).ToList();

        // Refuse an output folder that would destroy an input or the user's files before spending time on the data.
        List<NamedPath> inputs = [new("--data", request.Data)];
        if (request.Previous is { } previousInput) inputs.Add(new("--previous", previousInput));
        OutputTargetRules.CheckFolder(new NamedPath("--out", request.OutDir), inputs);
        AtomicOutputFolder.EnsureReplaceable(request.OutDir, "--out");

        // ClosedXML's one-time set-up on the other core while the dataset loads.
        _ = Rendering.Excel.FiguresWorkbook.WarmUp();

        // Load inputs.
        var loaded = Timed("load", stages, observer, () => DatasetLoader.Load(request.Data));
        var (valid, problems) = Timed("validate", stages, observer, () => ValidatedDataset.From(loaded));
        // The file's bytes were kept only to place error messages: let them go before the heavy stages.
        var largeInput = loaded.Map?.Text.Bytes.Length >= InputBytes.OwnRegionFrom;
        loaded = null;
        // A large file's bytes are as big as the dataset: collect them now, before analysis builds
        // the model beside the dataset. Left to the collector, they went at the first full collection
        // analysis caused, after the run's peak (a million claims, three runs each: peak 1,764-1,817
        // MiB with this, 1,806-2,076 without).
        if (largeInput && valid is not null) CollectFully();
        AnalysedModel? previous = null;
        if (request.Previous is { } previousPath)
        {
            var (previousModel, previousProblems) = Analyse(previousPath);
            problems = problems.AddRange(previousProblems);
            previous = previousModel;
        }
        if (valid is null || !problems.IsEmpty) return new GenerateResult(null, problems, [], null);

        // Process data.
        var model = Timed("analyse", stages, observer, () => AnalysedModel.Build(valid));
        // Analysis's temporary arrays (a claim or a statement each: index, sort and key arrays) are
        // large objects, which only a full collection reclaims, and none came before the run ended:
        // their space stayed committed while the outputs' large buffers took new space beside it.
        // Collected here, the outputs reuse it (a million claims, three runs each: peak 1,544-1,580
        // MiB against 1,673-1,697, for 0.9 s of pause).
        if (largeInput) CollectFully();
        var changes = previous is null ? null : EditionDiff.Between(previous, model);

        // Save outputs.
        var written = Generator.Write(model, request.OutDir, new GenerateOptions(request.GeneratedAt, Changes: changes), observer is null ? null : new Observed(observer, stages), "--out");
        return new GenerateResult(model, [], written, changes);
    }

    /// <summary>Loads, validates and analyses one dataset; problems name the file as given.</summary>
    public static (AnalysedModel? Model, ImmutableArray<Problem> Problems) Analyse(string path, string? documents = null)
    {
        var (valid, problems) = ValidatedDataset.Load(path, documents);
        return valid is null ? (null, problems) : (AnalysedModel.Build(valid), problems);
    }

    /// <summary>Compares two editions; both are validated as usual, and every problem of either stops the comparison.</summary>
    public static (EditionDiff? Diff, ImmutableArray<Problem> Problems) Compare(string previousPath, string currentPath)
    {
        var (previous, a) = Analyse(previousPath);
        var (current, b) = Analyse(currentPath);
        var problems = a.AddRange(b);
        return previous is null || current is null ? (null, problems) : (EditionDiff.Between(previous, current), problems);
    }

    /// <summary>
    /// A full collection for a large input, blocking and not compacting: in the background it let the
    /// heap grow before the garbage went (a million claims: 1,920-2,062 MiB after validation,
    /// 1,584-1,598 after analysis), and compacting everything cost 3 s of pause.
    /// </summary>
    private static void CollectFully() => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);

    private static T Timed<T>(string stage, IReadOnlyList<string> all, IStageObserver? observer, Func<T> work)
    {
        observer?.Started(stage, all);
        var started = Stopwatch.GetTimestamp();
        var allocated = GC.GetTotalAllocatedBytes();
        var result = work();
        observer?.Finished(new StageTiming(stage, Stopwatch.GetElapsedTime(started), GC.GetTotalAllocatedBytes() - allocated));
        return result;
    }

    /// <summary>Hands each output's start and end to the observer, with the run's full list of stages.</summary>
    private sealed class Observed(IStageObserver observer, IReadOnlyList<string> all) : IOutputObserver
    {
        public void Started(string output) => observer.Started(output, all);

        public void Finished(string output, TimeSpan took, long allocated) => observer.Finished(new StageTiming(output, took, allocated));
    }
}
