using Dashboard.Tests.Support;

namespace Dashboard.Tests.Determinism;

/// <summary>
/// The same input gives the same bytes, proven the way a reader would check a published file: two
/// separate runs of the command-line generator, compared file by file. Two calls in one process
/// could share state (caches, counters) that a fresh process does not.
/// </summary>
public class SeparateProcessTests
{
    // Each run a process of its own (CliProcess leaves out SOURCE_DATE_EPOCH: a build time would be the one thing allowed to differ).
    private static (int Code, string Out, string Err) Run(params string[] args) => CliProcess.Run(AppContext.BaseDirectory, args);

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Theory]
    [InlineData(0)]       // the bundled dataset: every sheet through ClosedXML but Charts
    [InlineData(2_500)]   // synthetic: Claims, By document and Incidents take the streamed path
    public void Two_runs_of_the_generator_write_byte_identical_outputs(int syntheticClaims)
    {
        using var dir = new TempDir();
        var data = Repo.BundledData;
        if (syntheticClaims > 0)
        {
            data = dir.File("synth.json");
            var synth = Run("synth", "--claims", syntheticClaims.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", data, "--seed", "5");
            Assert.True(synth.Code == 0, synth.Err);
        }
        foreach (var outDir in new[] { "a", "b" })
        {
            var (code, _, err) = Run("generate", "--data", data, "--out", dir.File(outDir));
            Assert.True(code == 0, err);
        }
        var a = Files(dir.File("a"));
        var b = Files(dir.File("b"));
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("figures.xlsx", a.Keys);
        Assert.All(a, f => Assert.True(f.Value.AsSpan().SequenceEqual(b[f.Key]), $"{f.Key} differs between two runs"));
    }
}
