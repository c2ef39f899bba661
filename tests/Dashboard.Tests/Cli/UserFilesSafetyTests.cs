using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Cli;

/// <summary>
/// The commands that used to destroy a user's work, run as a new user would, in a scratch folder of
/// their files: each is refused with exit 2 and a message saying why and what to do, and every file
/// stays byte-identical. Runs whose meaning depends on the current or home folder are separate
/// processes with their own working folder and HOME; the rest run in this process with absolute paths.
/// </summary>
public sealed class UserFilesSafetyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Code, string Out, string Err) InProcess(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Dashboard.Cli.Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A user's folder: their README, a folder of notes, and the dataset they are about to read.</summary>
    private string UsersFolder()
    {
        var folder = _dir.File("work");
        Directory.CreateDirectory(Path.Combine(folder, "notes"));
        File.WriteAllText(Path.Combine(folder, "README.txt"), "my project\n");
        File.WriteAllText(Path.Combine(folder, "notes", "monday.md"), "# notes\n");
        File.Copy(Repo.BundledData, Path.Combine(folder, "claims.json"));
        return folder;
    }

    /// <summary>A clone of the repository as far as these commands can tell: .git, and data/ with the dataset, its schema and codebook.</summary>
    private string Clone()
    {
        var repo = _dir.File("repo");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        File.WriteAllText(Path.Combine(repo, ".git", "HEAD"), "ref: refs/heads/main\n");
        Directory.CreateDirectory(Path.Combine(repo, "data"));
        foreach (var name in new[] { "claims.json", "claims.schema.json", "README.md" }) File.Copy(Path.Combine(Repo.Root, "data", name), Path.Combine(repo, "data", name));
        return repo;
    }

    private static void AssertRefused((int Code, string Out, string Err) run, string message)
    {
        Assert.True(run.Code == 2, $"exit {run.Code}: {run.Err}");
        Assert.Equal("", run.Out);
        Assert.Equal("error: " + message + "\n", run.Err.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Generate_out_dot_is_refused_and_the_current_folder_is_untouched()
    {
        var work = UsersFolder();
        var before = FileTree.Of(_dir.Path);
        AssertRefused(CliProcess.Run(work, "generate", "--data", "claims.json", "--out", ".", "--quiet"),
            "--out .: this is the current folder; name a folder of its own for the outputs, such as out");
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void Generate_out_dot_dot_is_refused_as_the_folder_that_holds_the_current_one()
    {
        var work = UsersFolder();
        var before = FileTree.Of(_dir.Path);
        AssertRefused(CliProcess.Run(Path.Combine(work, "notes"), "generate", "--data", "../claims.json", "--out", "..", "--quiet"),
            "--out ..: this folder holds the current folder; name a folder of its own for the outputs, such as out");
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void Generate_into_the_data_folder_of_a_clone_is_refused_and_the_dataset_schema_and_codebook_stay()
    {
        var repo = Clone();
        var before = FileTree.Of(_dir.Path);
        AssertRefused(CliProcess.Run(repo, "generate", "--data", "data/claims.json", "--out", "data", "--quiet"),
            "--out data: this folder holds --data data/claims.json, an input of this run; name another folder for the outputs");
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void Generate_into_the_root_of_a_clone_is_refused()
    {
        var repo = Clone();
        var before = FileTree.Of(_dir.Path);
        AssertRefused(CliProcess.Run(_dir.Path, "generate", "--data", "repo/data/claims.json", "--out", "repo", "--quiet"),
            "--out repo: this is the root of a git repository (it holds .git); name a folder inside it for the outputs, such as repo/out");
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void Generate_into_the_home_folder_is_refused()
    {
        var home = UsersFolder();
        var before = FileTree.Of(_dir.Path);
        var env = new Dictionary<string, string> { ["HOME"] = home, ["USERPROFILE"] = home };
        AssertRefused(CliProcess.Run(_dir.Path, env, "generate", "--data", Repo.BundledData, "--out", home, "--quiet"),
            $"--out {home}: this is your home folder; name a folder of its own for the outputs, such as out");
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void Generate_into_a_folder_of_the_users_is_refused_naming_some_of_its_files()
    {
        var work = UsersFolder();
        var before = FileTree.Of(_dir.Path);
        AssertRefused(InProcess("generate", "--data", Repo.BundledData, "--out", work),
            $"--out {work}: this folder holds files this tool did not write (README.txt, claims.json, notes/) and no .dashboard-manifest.json, so it is left as it is; " +
            "name a new or empty folder for the outputs, or move those files elsewhere first");
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void Generate_onto_its_own_dataset_file_is_refused()
    {
        var work = UsersFolder();
        var data = Path.Combine(work, "claims.json");
        var before = FileTree.Of(_dir.Path);
        AssertRefused(InProcess("generate", "--data", data, "--out", data), $"--out {data}: this is --data, an input of this run; name another folder for the outputs");
        var previous = Path.Combine(work, "notes", "monday.md");
        AssertRefused(InProcess("generate", "--data", data, "--previous", previous, "--out", Path.Combine(work, "notes")),
            $"--out {Path.Combine(work, "notes")}: this folder holds --previous {previous}, an input of this run; name another folder for the outputs");
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void Generate_through_a_linked_output_folder_writes_the_target_and_keeps_the_link()
    {
        var real = _dir.File("real");
        var link = _dir.File("out");
        Directory.CreateSymbolicLink(link, real);
        Assert.Equal(0, InProcess("generate", "--data", Repo.BundledData, "--out", link).Code);
        var (code, _, stderr) = InProcess("generate", "--data", Repo.BundledData, "--out", link);
        Assert.True(code == 0, stderr);
        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.True(File.Exists(Path.Combine(real, "report.html")));
        Assert.Equal(["out", "real"], Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Diff_json_onto_an_input_is_refused_even_with_overwrite()
    {
        var (old, current) = (_dir.File("old.json"), _dir.File("new.json"));
        File.Copy(Repo.BundledData, old);
        File.Copy(Repo.BundledData, current);
        var before = FileTree.Of(_dir.Path);
        AssertRefused(InProcess("diff", old, current, "--json", current), $"--json {current}: this is NEW, an input of this run; name another file to write");
        AssertRefused(InProcess("diff", old, current, "--json", old, "--overwrite"), $"--json {old}: this is OLD, an input of this run; name another file to write");
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void Diff_json_replaces_its_own_comparison_but_another_file_only_with_overwrite()
    {
        var (old, current, changes) = (_dir.File("old.json"), _dir.File("new.json"), _dir.File("changes.json"));
        File.Copy(Repo.BundledData, old);
        File.WriteAllText(current, File.ReadAllText(Repo.BundledData).Replace("\"value\": 46000", "\"value\": 47000", StringComparison.Ordinal));

        // A file of the user's under that name is refused, and stays.
        File.WriteAllText(changes, "{\"my\": \"notes\"}");
        var before = FileTree.Of(_dir.Path);
        AssertRefused(InProcess("diff", old, current, "--json", changes),
            $"--json {changes}: this file exists and was not written by this command, so it is left as it is; pass --overwrite to replace it, or name another file");
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));

        // --overwrite says so explicitly.
        Assert.Equal(0, InProcess("diff", old, current, "--json", changes, "--overwrite").Code);
        Assert.True(JsonDocument.Parse(File.ReadAllBytes(changes)).RootElement.GetProperty("changed").GetBoolean());

        // Its own earlier comparison is replaced without asking, and nothing is left beside it.
        File.Copy(current, old, overwrite: true);
        Assert.Equal(0, InProcess("diff", old, current, "--json", changes).Code);
        Assert.False(JsonDocument.Parse(File.ReadAllBytes(changes)).RootElement.GetProperty("changed").GetBoolean());
        Assert.Equal(["changes.json", "new.json", "old.json"], Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Synth_over_the_curated_dataset_is_refused_without_overwrite()
    {
        var repo = Clone();
        var before = FileTree.Of(_dir.Path);
        AssertRefused(CliProcess.Run(repo, "synth", "--claims", "10", "--out", "data/claims.json"),
            "--out data/claims.json: this file exists and was not written by this command, so it is left as it is; pass --overwrite to replace it, or name another file");
        AssertRefused(CliProcess.Run(repo, "synth", "--claims", "10", "--out", "data"), "--out data: this is a folder; name a file to write");
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void Synth_replaces_its_own_file_and_another_only_with_overwrite()
    {
        var path = _dir.File("synth.json");
        Assert.Equal(0, InProcess("synth", "--claims", "10", "--out", path).Code);
        Assert.Equal(0, InProcess("synth", "--claims", "12", "--out", path, "--seed", "3").Code);
        Assert.StartsWith("{\"title\":\"Synthetic dataset: 12 claims (seed 3)\"", File.ReadAllText(path), StringComparison.Ordinal);

        var mine = _dir.File("mine.json");
        File.Copy(Repo.BundledData, mine);
        Assert.Equal(2, InProcess("synth", "--claims", "10", "--out", mine).Code);
        Assert.Equal(File.ReadAllBytes(Repo.BundledData), File.ReadAllBytes(mine));
        Assert.Equal(0, InProcess("synth", "--claims", "10", "--out", mine, "--overwrite").Code);
        Assert.StartsWith("{\"title\":\"Synthetic dataset: 10 claims (seed 1)\"", File.ReadAllText(mine), StringComparison.Ordinal);
        Assert.Equal(["mine.json", "synth.json"], Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Regenerating_into_out_of_a_clone_works_twice_in_a_row_and_touches_nothing_else()
    {
        var repo = Clone();
        var outside = FileTree.Of(repo);
        var first = CliProcess.Run(repo, "--quiet");
        Assert.True(first.Code == 0, first.Err);
        var outputs = FileTree.Of(Path.Combine(repo, "out"));
        Assert.Contains(".dashboard-manifest.json", outputs.Keys);
        // Spoil an output: the second run must put the real one back.
        File.WriteAllText(Path.Combine(repo, "out", "claims.csv"), "stale");

        var second = CliProcess.Run(repo, "generate", "--quiet");

        Assert.True(second.Code == 0, second.Err);
        FileTree.AssertSame(outputs, FileTree.Of(Path.Combine(repo, "out")));
        FileTree.AssertSame(outside, FileTree.Of(repo).Where(e => !e.Key.StartsWith("out/", StringComparison.Ordinal)).ToDictionary());
    }

    [Fact]
    public void Two_runs_into_one_folder_at_once_both_finish_and_leave_one_whole_run()
    {
        // Different datasets, so a folder mixing the two runs would match neither.
        var synth = _dir.File("synth.json");
        Assert.Equal(0, InProcess("synth", "--claims", "40", "--out", synth, "--seed", "4").Code);
        var expected = new[] { Repo.BundledData, synth }.Select((data, i) =>
        {
            var reference = _dir.File($"reference-{i}");
            Assert.Equal(0, InProcess("generate", "--data", data, "--out", reference).Code);
            return FileTree.Of(reference);
        }).ToList();
        var shared = _dir.File("shared");

        var runs = new[] { Repo.BundledData, synth }.Select(data => CliProcess.Start(_dir.Path, null, "generate", "--data", data, "--out", shared, "--quiet")).ToList();
        var results = runs.Select(CliProcess.Wait).ToList();
        runs.ForEach(r => r.Dispose());

        Assert.All(results, r => Assert.True(r.Code == 0, r.Err));
        var final = FileTree.Of(shared);
        Assert.True(expected.Any(e => e.SequenceEqual(final)), "the shared folder matches neither run whole");
        Assert.Equal(["reference-0", "reference-1", "shared", "synth.json"], Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
