using System.CommandLine;
using Dashboard.Output;
using Dashboard.Pipeline;
using Dashboard.Rendering.Json;
using Dashboard.Rendering.Text;
using Dashboard.Synthesis;
using Spectre.Console;

namespace Dashboard.Cli;

/// <summary>
/// Argument parsing, printing and exit codes; the library does the work (<see cref="Run"/>).
/// Exit codes: 0 success, 1 any other failure, 2 invalid input, a usage error or a refused output path (every problem on stderr).
/// </summary>
public static class Cli
{
    /// <summary>Success.</summary>
    public const int Ok = 0;
    /// <summary>Something other than the input went wrong (disk full, permissions...).</summary>
    public const int Failure = 1;
    /// <summary>The data file or a document does not meet the contract, the command line is wrong, or an output would destroy what this tool did not write.</summary>
    public const int InvalidInput = 2;

    /// <summary>Parses <paramref name="args"/> and runs the command, writing to the given streams.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The dataset to read.", DefaultValueFactory = _ => Path.Combine("data", "claims.json") };
        var outDir = new Option<string>("--out") { Description = "The folder to write outputs to: new, empty, or written by this tool (files you added are kept); replaced only when every output is complete.", DefaultValueFactory = _ => "out" };
        var previous = new Option<string?>("--previous") { Description = "A previous edition of the dataset: the outputs say what changed since it." };
        var documents = new Option<string?>("--documents") { Description = "Folder of the source documents (ID.txt): also check hashes, that every quoted span is verbatim and that each figure is written in its span." };
        var verbose = new Option<bool>("--verbose") { Description = "On an unexpected failure, print the stack trace.", Recursive = true };
        var quiet = new Option<bool>("--quiet") { Description = "No progress display on long runs.", Recursive = true };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took and what it allocated (load, validate, analyse, each output)." };

        var generate = new Command("generate", "Validate the dataset, analyse it and write every output (the default command).") { data, outDir, previous, timings };
        var validate = new Command("validate", "Check the dataset and report every problem as FILE:LINE:COL: path: message.") { data, documents };
        var oldFile = new Argument<string>("OLD") { Description = "The earlier edition of the dataset." };
        var newFile = new Argument<string>("NEW") { Description = "The later edition of the dataset." };
        var json = new Option<string?>("--json") { Description = "Also write the comparison as JSON to this file (never OLD or NEW; an existing file only if diff wrote it, or with --overwrite)." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace an existing file that this command did not write (never an input of the run)." };
        var diff = new Command("diff", "Say what changed between two editions of the dataset: headline figures, claims, documents, sources, totals.") { oldFile, newFile, json, overwrite };
        var claimsCount = new Option<int>("--claims") { Description = "How many claims to write.", Required = true };
        var synthOut = new Option<string>("--out") { Description = "The dataset file to write (an existing file only if synth wrote it, or with --overwrite).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed gives the same file.", DefaultValueFactory = _ => 1 };
        var synth = new Command("synth", "Write a valid synthetic dataset of N claims (tests and benchmarks).") { claimsCount, synthOut, seed, overwrite };
        var root = new RootCommand("Aleppo figures dashboard: who claims what, and how sure anyone can be.") { generate, validate, diff, synth, data, outDir, previous, timings, verbose, quiet };

        int DoGenerate(ParseResult r) => Guard(r.GetValue(verbose), stderr, () =>
            Generate(new GenerateRequest(r.GetValue(data)!, r.GetValue(outDir)!, r.GetValue(previous), SourceDateEpoch()), r.GetValue(timings), r.GetValue(quiet), stdout, stderr));
        generate.SetAction(DoGenerate);
        root.SetAction(DoGenerate);
        validate.SetAction(r => Guard(r.GetValue(verbose), stderr, () => Validate(r.GetValue(data)!, r.GetValue(documents), stdout, stderr)));
        diff.SetAction(r => Guard(r.GetValue(verbose), stderr, () => Diff(r.GetValue(oldFile)!, r.GetValue(newFile)!, r.GetValue(json), r.GetValue(overwrite), stdout, stderr)));
        synth.SetAction(r => Guard(r.GetValue(verbose), stderr, () => Synth(r.GetValue(claimsCount), r.GetValue(synthOut)!, r.GetValue(seed), r.GetValue(overwrite), stdout, stderr)));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // A usage error is bad input like any other: exit 2, one line, and where to look.
            stderr.WriteLine($"error: {string.Join("; ", parsed.Errors.Select(e => e.Message))} (see --help)");
            return InvalidInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static int Generate(GenerateRequest request, bool timings, bool quiet, TextWriter stdout, TextWriter stderr)
    {
        var recorded = new Timings();
        GenerateResult Work(IStageObserver? progress) => Pipeline.Run.Generate(request, new Both(recorded, progress));
        var result = ProgressDisplay.Wanted(quiet, stderr)
            ? ProgressDisplay.Run(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), ProgressDisplay.Delay, Work)
            : Work(null);
        if (!result.Succeeded) return Report(result.Problems, stderr);

        var model = result.Model!;
        var d = model.Dataset;
        var edition = d.Edition is null ? "" : $", edition {d.Edition}";
        stdout.WriteLine($"{d.Claims.Length} claims from {d.Documents.Length} documents and {d.Sources.Length} sources ({request.Data}{edition}, sha256 {model.Input.Sha256[..12]}).");
        stdout.WriteLine();
        stdout.Write(HeadlineTable.Format(model));
        stdout.WriteLine();
        if (result.Changes is { } changes)
        {
            stdout.WriteLine(changes.IsEmpty
                ? $"No change since {request.Previous}."
                : $"Since {request.Previous}: {changes.Headlines.Count} headline figures moved; {changes.ClaimsAdded.Count} claims added, {changes.ClaimsChanged.Count} changed, {changes.ClaimsRemoved.Count} removed (report, Changes sheet; details: diff).");
            stdout.WriteLine();
        }
        var charts = result.Written.Count(p => p.StartsWith("charts/", StringComparison.Ordinal));
        stdout.WriteLine($"Wrote {string.Join(", ", result.Written.Where(p => !p.StartsWith("charts/", StringComparison.Ordinal)))} and {charts} chart files to {request.OutDir}/");
        if (timings) recorded.Print(stdout);
        return Ok;
    }

    private static int Diff(string oldPath, string newPath, string? jsonPath, bool overwrite, TextWriter stdout, TextWriter stderr)
    {
        NamedPath[] inputs = [new("OLD", oldPath), new("NEW", newPath)];
        var output = jsonPath is null ? null : new NamedPath("--json", jsonPath);
        // Refused before the comparison, so a refusal prints nothing but its reason.
        if (output is not null) AtomicOutputFile.EnsureWritable(output, inputs, overwrite, DiffJson.IsComparison);
        var (diff, problems) = Pipeline.Run.Compare(oldPath, newPath);
        if (diff is null) return Report(problems, stderr);
        stdout.Write(DiffText.Format(diff, oldPath, newPath));
        if (output is not null) AtomicOutputFile.Write(output, inputs, overwrite, DiffJson.IsComparison, stream => DiffJson.Write(diff, stream));
        return Ok;
    }

    private static int Synth(int claims, string path, int seed, bool overwrite, TextWriter stdout, TextWriter stderr)
    {
        if (claims <= 0)
        {
            stderr.WriteLine("error: --claims must be a positive number (see --help)");
            return InvalidInput;
        }
        AtomicOutputFile.Write(new NamedPath("--out", path), [], overwrite, SyntheticDataset.IsSynthetic, stream => SyntheticDataset.Write(stream, claims, seed));
        stdout.WriteLine($"Wrote {claims} synthetic claims to {path} ({new FileInfo(path).Length / 1024} KiB, seed {seed}).");
        return Ok;
    }

    private static int Validate(string dataPath, string? documentsFolder, TextWriter stdout, TextWriter stderr)
    {
        var (model, problems) = Pipeline.Run.Analyse(dataPath, documentsFolder);
        if (model is null) return Report(problems, stderr);
        var d = model.Dataset;
        var checkedDocs = documentsFolder is null ? " (documents not checked: pass --documents DIR)" : $", every hash, quoted span and figure checked against {documentsFolder}";
        stdout.WriteLine($"{dataPath}: valid: {d.Claims.Length} claims, {d.Documents.Length} documents, {d.Sources.Length} sources{checkedDocs}.");
        return Ok;
    }

    /// <summary>The reproducible-builds convention: a build time only when SOURCE_DATE_EPOCH asks for one.</summary>
    private static DateTimeOffset? SourceDateEpoch() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    private static int Report(IReadOnlyCollection<Dashboard.Loading.Problem> problems, TextWriter stderr)
    {
        foreach (var p in problems) stderr.WriteLine(p);
        stderr.WriteLine($"{problems.Count} problem{(problems.Count == 1 ? "" : "s")} found; nothing was written.");
        return InvalidInput;
    }

    private static int Guard(bool verbose, TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (OutputRefusedException refused)
        {
            // Writing there could destroy something this tool did not make: bad input, not a failure.
            stderr.WriteLine($"error: {refused.Message}");
            return InvalidInput;
        }
        catch (Exception ex)
        {
            // Any failure that is not bad input: one line, and the trace only on request.
            stderr.WriteLine($"error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
            if (verbose) stderr.WriteLine(ex);
            return Failure;
        }
    }

    /// <summary>Stage timings for --timings: one line a stage, machine-readable for bench/run.sh; chart files summed.</summary>
    private sealed class Timings : IStageObserver
    {
        private readonly List<StageTiming> _timings = [];

        public void Started(string stage, IReadOnlyList<string> all) { }

        public void Finished(StageTiming timing)
        {
            lock (_timings) _timings.Add(timing);
        }

        public void Print(TextWriter stdout)
        {
            foreach (var g in _timings.GroupBy(t => t.Stage.StartsWith("charts/", StringComparison.Ordinal) ? "charts" : t.Stage))
            {
                var took = TimeSpan.FromTicks(g.Sum(t => t.Took.Ticks));
                stdout.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"timing\t{g.Key}\t{took.TotalMilliseconds:F0}\t{g.Sum(t => t.Allocated) / (1024 * 1024)}"));
            }
            // How long the whole run was paused for the GC, and how often each generation was collected:
            // at a million claims the loader's records all survive, so the collections show how much of a stage is the GC's.
            var ci = System.Globalization.CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(ci, $"timing\tgc-pauses\t{GC.GetTotalPauseDuration().TotalMilliseconds:F0}\t{GC.GetTotalAllocatedBytes() / (1024 * 1024)}"));
            stdout.WriteLine(string.Create(ci, $"gc\tcollections\t{GC.CollectionCount(0)}\t{GC.CollectionCount(1)}\t{GC.CollectionCount(2)}"));
        }
    }

    /// <summary>Tells two observers.</summary>
    private sealed class Both(IStageObserver first, IStageObserver? second) : IStageObserver
    {
        public void Started(string stage, IReadOnlyList<string> all)
        {
            first.Started(stage, all);
            second?.Started(stage, all);
        }

        public void Finished(StageTiming timing)
        {
            first.Finished(timing);
            second?.Finished(timing);
        }
    }
}
