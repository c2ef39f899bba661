using Dashboard.Analysis;
using Dashboard.Output;
using Dashboard.Rendering;
using Dashboard.Rendering.Charts;
using Dashboard.Rendering.Csv;
using Dashboard.Rendering.Excel;
using Dashboard.Rendering.Html;
using Dashboard.Rendering.Json;

namespace Dashboard.Pipeline;

/// <summary>Choices that are not in the data.</summary>
/// <param name="GeneratedAt">Build time to print in the report, or null to print none (the default, for reproducible bytes).</param>
/// <param name="Changes">What changed since a previous edition (generate --previous), or null.</param>
public sealed record GenerateOptions(DateTimeOffset? GeneratedAt = null, EditionDiff? Changes = null);

/// <summary>Told when each output starts and ends (progress displays, timings).</summary>
public interface IOutputObserver
{
    /// <summary>An output began.</summary>
    void Started(string output);

    /// <summary>An output ended; <paramref name="allocated"/> counts what its own thread allocated.</summary>
    void Finished(string output, TimeSpan took, long allocated);
}

/// <summary>Writes every output for an analysed model into a folder, all or nothing.</summary>
public static class Generator
{
    /// <summary>The outputs for <paramref name="model"/>: the report in each language with its charts, the workbook, the CSV, the JSON.</summary>
    public static IReadOnlyList<IOutput> Outputs(AnalysedModel model, GenerateOptions? options = null)
    {
        options ??= new GenerateOptions();
        var csv = new ClaimsCsv();
        var json = new AggregatesJson(options.Changes);
        var workbook = new FiguresWorkbook(generatedAt: options.GeneratedAt, changes: options.Changes);
        var outputs = new List<IOutput> { workbook, csv, json };
        var reports = new List<IOutput>();
        foreach (var words in Rendering.Words.Words.All)
        {
            var gallery = new ChartGallery(model, words);
            var charts = gallery.Specs.SelectMany(s => new IOutput[] { new ChartSvgFile(gallery, s), new ChartPngFile(gallery, s) }).ToList();
            var downloads = new List<Download>
            {
                new(workbook.RelativePath, "workbook"),
                new(csv.RelativePath, "csv"),
                new(json.RelativePath, "json"),
            };
            downloads.AddRange(Rendering.Words.Words.All.Where(o => o.Code != words.Code).Select(o => new Download(o.ReportFile, "edition")));
            downloads.AddRange(charts.Select(c => new Download(c.RelativePath, "chart")));
            reports.Add(new HtmlReport(words, gallery, new ReportOptions(downloads, options.GeneratedAt, options.Changes)));
            outputs.AddRange(charts);
        }
        return [.. reports, .. outputs];
    }

    /// <summary>The relative path of every output, in the order <see cref="Outputs"/> lists them.</summary>
    public static IReadOnlyList<string> OutputPaths()
    {
        var paths = Rendering.Words.Words.All.Select(w => w.ReportFile).Concat([FiguresWorkbook.FileName, ClaimsCsv.FileName, AggregatesJson.FileName]).ToList();
        foreach (var words in Rendering.Words.Words.All)
        {
            paths.AddRange(ChartRecipes.Names.SelectMany(c => new[] { ChartSpec.SvgPathOf(c, words.Code), ChartSpec.PngPathOf(c, words.Code) }));
        }
        return paths;
    }

    /// <summary>
    /// Writes all outputs and their <see cref="OutputManifest"/> to <paramref name="outDir"/>; on any
    /// failure the folder is left as it was. The folder is replaced only as <see cref="AtomicOutputFolder"/> allows.
    /// </summary>
    /// <param name="model">What to write.</param>
    /// <param name="outDir">The output folder.</param>
    /// <param name="options">Choices that are not in the data.</param>
    /// <param name="observer">Told when each output starts and ends, or null.</param>
    /// <param name="outName">How messages name the folder (the option that gave it).</param>
    /// <exception cref="OutputRefusedException">The folder is not one this tool may replace.</exception>
    public static IReadOnlyList<string> Write(AnalysedModel model, string outDir, GenerateOptions? options = null, IOutputObserver? observer = null, string outName = "output folder")
    {
        var outputs = Outputs(model, options);
        var manifest = new OutputManifest(Provenance.GeneratorVersion, model.Input, options?.Changes?.Previous, []);
        AtomicOutputFolder.Write(outDir, manifest, staging =>
        {
            foreach (var folder in outputs.Select(o => Path.GetDirectoryName(Path.Combine(staging, o.RelativePath))!).Distinct()) Directory.CreateDirectory(folder);
            // Outputs read the same immutable model and are independent: the workbook, the slowest,
            // starts first and the others share the remaining cores.
            var ordered = outputs.OrderBy(o => o is FiguresWorkbook ? 0 : 1).ToList();
            try
            {
                Parallel.ForEach(ordered, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, output =>
                {
                    var path = Path.Combine(staging, output.RelativePath.Replace('/', Path.DirectorySeparatorChar));
                    observer?.Started(output.RelativePath);
                    var started = System.Diagnostics.Stopwatch.GetTimestamp();
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                    {
                        output.Write(model, stream);
                    }
                    observer?.Finished(output.RelativePath, System.Diagnostics.Stopwatch.GetElapsedTime(started), GC.GetAllocatedBytesForCurrentThread() - allocated);
                });
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // Report the first real failure, not "one or more errors occurred".
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            }
        }, outName);
        return outputs.Select(o => o.RelativePath).ToList();
    }
}
