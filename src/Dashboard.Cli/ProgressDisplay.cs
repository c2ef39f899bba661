using System.Collections.Concurrent;
using Dashboard.Pipeline;
using Spectre.Console;

namespace Dashboard.Cli;

/// <summary>
/// Progress on long runs: after <see cref="Delay"/>, a bar per stage (load, validate, analyse, each
/// output) and one for the whole run with an estimate of the time left, cleared when the run ends.
/// Shown only in a terminal: never when stderr is redirected, in CI, or with --quiet.
/// </summary>
public sealed class ProgressDisplay : IStageObserver
{
    /// <summary>Runs shorter than this show nothing.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, (bool Done, TimeSpan Took)> _stages = new(StringComparer.Ordinal);
    private volatile IReadOnlyList<string> _all = [];

    public void Started(string stage, IReadOnlyList<string> all)
    {
        _all = all;
        _stages[stage] = (false, TimeSpan.Zero);
    }

    public void Finished(StageTiming timing) => _stages[timing.Stage] = (true, timing.Took);

    /// <summary>True when progress may be drawn: stderr is a terminal, not CI, not --quiet.</summary>
    public static bool Wanted(bool quiet, TextWriter stderr) =>
        !quiet && ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <summary>Runs <paramref name="work"/>, drawing progress on <paramref name="console"/> once it has run for <paramref name="delay"/>.</summary>
    public static T Run<T>(IAnsiConsole console, TimeSpan delay, Func<IStageObserver, T> work)
    {
        var display = new ProgressDisplay();
        var task = Task.Run(() => work(display));
        if (task.Wait(delay)) return task.GetAwaiter().GetResult();
        console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var overall = ctx.AddTask("all stages", maxValue: 1);
                var bars = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                while (true)
                {
                    var finished = task.Wait(100);
                    foreach (var stage in Grouped(display._all))
                    {
                        if (!bars.TryGetValue(stage.Label, out var bar)) bars[stage.Label] = bar = ctx.AddTask(stage.Label, autoStart: false, maxValue: stage.Members.Count);
                        var done = stage.Members.Count(m => display._stages.TryGetValue(m, out var s) && s.Done);
                        var started = stage.Members.Any(display._stages.ContainsKey);
                        if (started && !bar.IsStarted) bar.StartTask();
                        bar.Value = done;
                    }
                    var total = Math.Max(display._all.Count, 1);
                    overall.Value = display._stages.Count(s => s.Value.Done) / (double)total;
                    if (finished) break;
                }
            });
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Stages as the display shows them: the sixteen chart files as one line.</summary>
    private static IEnumerable<(string Label, List<string> Members)> Grouped(IReadOnlyList<string> all) =>
        all.GroupBy(s => s.StartsWith("charts/", StringComparison.Ordinal) ? "charts" : s, StringComparer.Ordinal)
            .Select(g => (g.Key == "charts" ? $"charts ({g.Count()} files)" : g.Key, g.ToList()));
}
