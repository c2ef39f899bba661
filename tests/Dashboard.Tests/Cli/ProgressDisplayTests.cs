using Dashboard.Pipeline;
using Spectre.Console.Testing;

namespace Dashboard.Tests.Cli;

public class ProgressDisplayTests
{
    private static readonly string[] Stages = ["load", "validate", "analyse", "report.html", "figures.xlsx", "charts/by-side.svg", "charts/by-side.png"];

    [Fact]
    public void A_long_run_shows_a_bar_per_stage_with_the_charts_as_one_and_returns_the_runs_result()
    {
        var console = new TestConsole().Interactive();
        var result = Dashboard.Cli.ProgressDisplay.Run(console, TimeSpan.Zero, observer =>
        {
            foreach (var stage in Stages)
            {
                observer.Started(stage, Stages);
                Thread.Sleep(30);
                observer.Finished(new StageTiming(stage, TimeSpan.FromMilliseconds(30), 0));
            }
            return 42;
        });
        Assert.Equal(42, result);
        var shown = console.Output;
        Assert.Contains("all stages", shown);
        Assert.Contains("figures.xlsx", shown);
        Assert.Contains("charts (2 files)", shown);
        Assert.DoesNotContain("charts/by-side.svg", shown);
    }

    [Fact]
    public void A_short_run_shows_nothing()
    {
        var console = new TestConsole().Interactive();
        var result = Dashboard.Cli.ProgressDisplay.Run(console, TimeSpan.FromSeconds(30), _ => "done");
        Assert.Equal("done", result);
        Assert.Equal("", console.Output);
    }

    [Fact]
    public void Progress_is_never_drawn_into_a_redirected_stream_or_with_quiet()
    {
        Assert.False(Dashboard.Cli.ProgressDisplay.Wanted(quiet: false, new StringWriter()));
        Assert.False(Dashboard.Cli.ProgressDisplay.Wanted(quiet: true, Console.Error));
    }

    [Fact]
    public void Quiet_and_timings_are_accepted_and_timings_report_time_and_allocation_per_stage()
    {
        using var dir = new Support.TempDir();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, Dashboard.Cli.Cli.Run(["generate", "--data", Support.Repo.BundledData, "--out", dir.File("out"), "--timings", "--quiet"], stdout, stderr));
        var lines = stdout.ToString().Split('\n').Where(l => l.StartsWith("timing\t", StringComparison.Ordinal)).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["load", "validate", "analyse"], lines.Take(3).Select(l => l[1]));
        Assert.Contains(lines, l => l[1] == "figures.xlsx");
        Assert.Contains(lines, l => l[1] == "charts");
        Assert.All(lines, l => Assert.Equal(4, l.Length));
        // The GC's share: pauses in milliseconds, and collections per generation, gen0 counting them all.
        Assert.Equal("gc-pauses", lines[^1][1]);
        var collections = stdout.ToString().Split('\n').Single(l => l.StartsWith("gc\tcollections\t", StringComparison.Ordinal)).Split('\t')[2..].Select(int.Parse).ToList();
        Assert.Equal(3, collections.Count);
        Assert.True(collections[0] >= collections[1] && collections[1] >= collections[2], string.Join(" ", collections));
        Assert.Equal("", stderr.ToString());
    }
}
