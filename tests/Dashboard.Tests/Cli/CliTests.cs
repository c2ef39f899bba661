using System.Text;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Cli;

public class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Dashboard.Cli.Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public void Generate_writes_the_outputs_and_prints_the_headline_table()
    {
        using var dir = new TempDir();
        var outDir = dir.File("out");
        var (code, stdout, stderr) = Run("generate", "--data", Repo.BundledData, "--out", outDir);
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(outDir, "claims.csv")));
        Assert.True(File.Exists(Path.Combine(outDir, "aggregates.json")));
        Assert.Contains("Displaced people", stdout);
        // Open figures in words, as the report writes them.
        Assert.Contains("more than 46,000", stdout);
        // No staging folder is left behind.
        Assert.Equal(["out"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Generate_is_the_default_command()
    {
        using var dir = new TempDir();
        var (code, _, stderr) = Run("--data", Repo.BundledData, "--out", dir.File("out"));
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(dir.File("out"), "claims.csv")));
    }

    [Fact]
    public void Invalid_input_exits_2_lists_every_problem_and_leaves_the_old_outputs_byte_for_byte()
    {
        using var dir = new TempDir();
        var outDir = dir.File("out");
        Assert.Equal(0, Run("generate", "--data", Repo.BundledData, "--out", outDir).Code);
        File.WriteAllText(Path.Combine(outDir, "mine.txt"), "an analyst's own file");
        var before = Snapshot(outDir);

        var bad = dir.File("bad.json");
        File.WriteAllText(bad, File.ReadAllText(Repo.BundledData).Replace("\"value\": 46000", "\"value\": -46000").Replace("\"side\": \"sdf\"", "\"side\": \"kurdish\""));
        var (code, stdout, stderr) = Run("generate", "--data", bad, "--out", outDir);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith(bad + ":", StringComparison.Ordinal) && l.Contains("$.claims[15].value: negative count -46000"));
        Assert.Contains(lines, l => l.Contains("'kurdish' is not a valid side"));
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(before, Snapshot(outDir));
    }

    [Fact]
    public void A_failure_while_writing_exits_1_with_one_line_and_leaves_the_old_outputs()
    {
        using var dir = new TempDir();
        var outDir = dir.File("out");
        Assert.Equal(0, Run("generate", "--data", Repo.BundledData, "--out", outDir).Code);
        var before = Snapshot(outDir);
        // The output path's parent is a file: nothing can be created there.
        File.WriteAllText(dir.File("blocker"), "");
        var (code, _, stderr) = Run("generate", "--data", Repo.BundledData, "--out", Path.Combine(dir.File("blocker"), "out"));
        Assert.Equal(1, code);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", stderr);
        Assert.Equal(before, Snapshot(outDir));
    }

    [Fact]
    public void A_good_run_replaces_the_outputs_it_wrote_and_keeps_the_files_the_user_added()
    {
        using var dir = new TempDir();
        var outDir = dir.File("out");
        Assert.Equal(0, Run("generate", "--data", Repo.BundledData, "--out", outDir).Code);
        var fresh = File.ReadAllBytes(Path.Combine(outDir, "claims.csv"));
        File.WriteAllText(Path.Combine(outDir, "claims.csv"), "old");
        File.WriteAllText(Path.Combine(outDir, "mine.txt"), "an analyst's own file");
        Assert.Equal(0, Run("generate", "--data", Repo.BundledData, "--out", outDir).Code);
        Assert.Equal(fresh, File.ReadAllBytes(Path.Combine(outDir, "claims.csv")));
        Assert.Equal("an analyst's own file", File.ReadAllText(Path.Combine(outDir, "mine.txt")));
    }

    [RequiresSeedsFact]
    public void Validate_with_documents_passes_on_the_bundled_dataset()
    {
        var (code, stdout, stderr) = Run("validate", "--data", Repo.BundledData, "--documents", Repo.Seeds);
        Assert.True(code == 0, stderr);
        Assert.Contains("valid", stdout);
    }

    [Fact]
    public void Validate_names_a_missing_data_file_and_exits_2()
    {
        var (code, _, stderr) = Run("validate", "--data", "no/such/file.json");
        Assert.Equal(2, code);
        Assert.StartsWith("no/such/file.json:1:1: $: the data file does not exist", stderr);
    }

    [Theory]
    [InlineData("generate", "--frobnicate")]
    [InlineData("generate", "--data")]
    [InlineData("synth", "--claims", "many", "--out", "x.json")]
    [InlineData("validate", "--documents")]
    public void A_usage_error_exits_2_with_one_line_that_points_at_help(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.EndsWith("(see --help)", line);
        Assert.Contains(args[^1] == "x.json" ? "many" : args[^1], line);
    }
}
