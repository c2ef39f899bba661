using System.CommandLine;
using Dashboard.Analysis;
using Dashboard.Pipeline;
using Dashboard.Rendering.Text;
using Dashboard.Validation;

namespace Dashboard.Cli;

/// <summary>
/// Argument parsing and exit codes; all work is done by the library.
/// Exit codes: 0 success, 1 any other failure, 2 invalid input or a usage error (every problem on stderr).
/// </summary>
public static class Cli
{
    /// <summary>Success.</summary>
    public const int Ok = 0;
    /// <summary>Something other than the input went wrong (disk full, permissions...).</summary>
    public const int Failure = 1;
    /// <summary>The data file or a document does not meet the contract, or the command line is wrong.</summary>
    public const int InvalidInput = 2;

    /// <summary>Parses <paramref name="args"/> and runs the command, writing to the given streams.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The dataset to read.", DefaultValueFactory = _ => Path.Combine("data", "claims.json") };
        var outDir = new Option<string>("--out") { Description = "The folder to write outputs to; replaced only when every output is complete.", DefaultValueFactory = _ => "out" };
        var documents = new Option<string?>("--documents") { Description = "Folder of the source documents (ID.txt): also check hashes and that every evidence span is verbatim." };
        var verbose = new Option<bool>("--verbose") { Description = "On an unexpected failure, print the stack trace.", Recursive = true };

        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took (load, validate, analyse, each output)." };
        var generate = new Command("generate", "Validate the dataset, analyse it and write every output (the default command).") { data, outDir, timings };
        var validate = new Command("validate", "Check the dataset and report every problem as FILE:LINE:COL: path: message.") { data, documents };
        var claimsCount = new Option<int>("--claims") { Description = "How many claims to write.", Required = true };
        var synthOut = new Option<string>("--out") { Description = "The dataset file to write.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed gives the same file.", DefaultValueFactory = _ => 1 };
        var synth = new Command("synth", "Write a valid synthetic dataset of N claims (tests and benchmarks).") { claimsCount, synthOut, seed };
        var root = new RootCommand("Aleppo figures dashboard: who claims what, and how sure anyone can be.") { generate, validate, synth, data, outDir, timings, verbose };

        generate.SetAction(r => Guard(r.GetValue(verbose), stderr, () => Generate(r.GetValue(data)!, r.GetValue(outDir)!, r.GetValue(timings), stdout, stderr)));
        root.SetAction(r => Guard(r.GetValue(verbose), stderr, () => Generate(r.GetValue(data)!, r.GetValue(outDir)!, r.GetValue(timings), stdout, stderr)));
        synth.SetAction(r => Guard(r.GetValue(verbose), stderr, () => Synth(r.GetValue(claimsCount), r.GetValue(synthOut)!, r.GetValue(seed), stdout, stderr)));
        validate.SetAction(r => Guard(r.GetValue(verbose), stderr, () => Validate(r.GetValue(data)!, r.GetValue(documents), stdout, stderr)));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // A usage error is bad input like any other: exit 2, one line, and where to look.
            stderr.WriteLine($"error: {string.Join("; ", parsed.Errors.Select(e => e.Message))} (see --help)");
            return InvalidInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static int Generate(string dataPath, string outDir, bool timings, TextWriter stdout, TextWriter stderr)
    {
        var stages = new List<(string Stage, TimeSpan Took)>();
        T Timed<T>(string stage, Func<T> work)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = work();
            stages.Add((stage, System.Diagnostics.Stopwatch.GetElapsedTime(started)));
            return result;
        }

        // Load inputs.
        var loaded = Timed("load", () => Dashboard.Loading.DatasetLoader.Load(dataPath));
        var (valid, problems) = Timed("validate", () => ValidatedDataset.From(loaded));
        if (valid is null) return Report(problems, stderr);
        // The file's bytes were kept only to place error messages; let them go before the heavy stages
        // (the callback below shares this closure and would otherwise keep them to the end).
        loaded = null!;

        // Process data.
        var model = Timed("analyse", () => AnalysedModel.Build(valid));

        // Save outputs.
        var written = Generator.Write(model, outDir, new GenerateOptions(SourceDateEpoch(), (output, took) => stages.Add((output, took))));
        stdout.WriteLine($"{valid.Dataset.Claims.Length} claims from {valid.Dataset.Documents.Length} documents and {valid.Dataset.Sources.Length} sources ({dataPath}, sha256 {valid.Input.Sha256[..12]}).");
        stdout.WriteLine();
        stdout.Write(HeadlineTable.Format(model));
        stdout.WriteLine();
        var charts = written.Count(p => p.StartsWith("charts/", StringComparison.Ordinal));
        stdout.WriteLine($"Wrote {string.Join(", ", written.Where(p => !p.StartsWith("charts/", StringComparison.Ordinal)))} and {charts} chart files to {outDir}/");
        if (timings)
        {
            // One line per stage, machine-readable for bench/run.sh; chart files are summed.
            foreach (var (stage, took) in stages.GroupBy(s => s.Stage.StartsWith("charts/", StringComparison.Ordinal) ? "charts" : s.Stage).Select(g => (g.Key, TimeSpan.FromTicks(g.Sum(s => s.Took.Ticks)))))
                stdout.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"timing\t{stage}\t{took.TotalMilliseconds:F0}"));
        }
        return Ok;
    }

    private static int Synth(int claims, string path, int seed, TextWriter stdout, TextWriter stderr)
    {
        if (claims <= 0)
        {
            stderr.WriteLine("error: --claims must be a positive number");
            return InvalidInput;
        }
        // Written beside the target and renamed, so a failed run leaves no half-written dataset.
        var full = Path.GetFullPath(path);
        var partial = full + ".partial";
        using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            Dashboard.Synthesis.SyntheticDataset.Write(stream, claims, seed);
        }
        File.Move(partial, full, overwrite: true);
        stdout.WriteLine($"Wrote {claims} synthetic claims to {path} ({new FileInfo(full).Length / 1024} KiB, seed {seed}).");
        return Ok;
    }

    private static int Validate(string dataPath, string? documentsFolder, TextWriter stdout, TextWriter stderr)
    {
        var (valid, problems) = ValidatedDataset.Load(dataPath, documentsFolder);
        if (valid is null) return Report(problems, stderr);
        var checkedDocs = documentsFolder is null ? " (documents not checked: pass --documents DIR)" : $", every hash and evidence span checked against {documentsFolder}";
        stdout.WriteLine($"{dataPath}: valid: {valid.Dataset.Claims.Length} claims, {valid.Dataset.Documents.Length} documents, {valid.Dataset.Sources.Length} sources{checkedDocs}.");
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
        catch (Exception ex)
        {
            // Any failure that is not bad input: one line, and the trace only on request.
            stderr.WriteLine($"error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}");
            if (verbose) stderr.WriteLine(ex);
            return Failure;
        }
    }
}
