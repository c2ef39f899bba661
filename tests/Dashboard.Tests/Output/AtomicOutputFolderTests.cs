using System.Text.Json;
using Dashboard.Loading;
using Dashboard.Output;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Output;

/// <summary>
/// What an output folder may replace: only a folder that is absent, empty, or holds the tool's
/// manifest, and in it only the files the manifest lists. Every user file is compared by hash before
/// and after. The outputs here are a few small files, so these run in milliseconds.
/// </summary>
public sealed class AtomicOutputFolderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly OutputManifest Stamp = new("9.9.9", new InputFile("claims.json", "ab12"), null, []);

    private string Out => _dir.File("out");

    /// <summary>Writes the files given (relative path, text) as the outputs of one run.</summary>
    private static void Write(string target, params (string Path, string Text)[] files) =>
        AtomicOutputFolder.Write(target, Stamp, staging =>
        {
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }
        }, "--out");

    private static readonly (string, string)[] RunA = [("report.html", "A"), ("charts/one.svg", "A1"), ("charts/two.svg", "A2")];
    private static readonly (string, string)[] RunB = [("report.html", "B"), ("charts/one.svg", "B1")];

    private string Refused(string target, params (string, string)[] files) =>
        Assert.Throws<OutputRefusedException>(() => Write(target, files)).Message;

    private void Put(string relative, string text)
    {
        var full = _dir.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>The scratch folder's entries other than those named: a refusal or a swap must leave no staging folder behind.</summary>
    private string[] Leftovers(params string[] expected) =>
        Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName).Where(n => !expected.Contains(n)).ToArray()!;

    [Fact]
    public void A_new_folder_gets_the_outputs_and_a_manifest_that_lists_them()
    {
        Write(Out, RunA);
        Assert.Equal("A2", File.ReadAllText(Path.Combine(Out, "charts", "two.svg")));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, ".dashboard-manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal("Aleppo figures dashboard (Dashboard.Cli generate)", root.GetProperty("written_by").GetString());
        Assert.Equal("9.9.9", root.GetProperty("version").GetString());
        Assert.Equal("ab12", root.GetProperty("input").GetProperty("sha256").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("previous").ValueKind);
        Assert.Equal(["charts/one.svg", "charts/two.svg", "report.html"], root.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.Empty(Leftovers("out"));
    }

    [Fact]
    public void An_empty_folder_is_replaced()
    {
        Directory.CreateDirectory(Out);
        Write(Out, RunA);
        Assert.Equal("A", File.ReadAllText(Path.Combine(Out, "report.html")));
    }

    [Fact]
    public void A_folder_it_wrote_is_replaced_and_its_old_outputs_go()
    {
        Write(Out, RunA);
        Write(Out, RunB);
        Assert.Equal("B", File.ReadAllText(Path.Combine(Out, "report.html")));
        // two.svg was the tool's (listed in the first manifest) and the second run did not write it.
        Assert.False(File.Exists(Path.Combine(Out, "charts", "two.svg")));
        Assert.Empty(Leftovers("out"));
    }

    [Fact]
    public void Files_the_user_added_to_a_folder_it_wrote_are_kept_byte_for_byte()
    {
        Write(Out, RunA);
        Put("out/notes.txt", "my notes");
        Put("out/thesis/chapter1.md", "chapter");
        Put("out/charts/annotated.svg", "<svg/>");
        Put("out/charts/sub/deeper.txt", "deep");
        File.CreateSymbolicLink(Path.Combine(Out, "shortcut"), _dir.File("nowhere"));
        // A file named like the manifest, but inside a subfolder, is just a user's file.
        Put("out/charts/.dashboard-manifest.json", "not the tool's");
        string[] tools = ["report.html", "charts/", "charts/one.svg", "charts/two.svg", ".dashboard-manifest.json"];
        var mine = FileTree.Of(Out).Where(e => !tools.Contains(e.Key)).ToDictionary();
        Assert.Equal(8, mine.Count);

        Write(Out, RunB);

        var after = FileTree.Of(Out);
        Assert.All(mine, e => Assert.Equal(e.Value, after.GetValueOrDefault(e.Key)));
        Assert.Equal("B1", File.ReadAllText(Path.Combine(Out, "charts", "one.svg")));
        Assert.False(File.Exists(Path.Combine(Out, "charts", "two.svg")));
        Assert.Empty(Leftovers("out"));

        // And again: the kept files are not listed in the new manifest, and survive every run.
        Write(Out, RunA);
        after = FileTree.Of(Out);
        Assert.All(mine, e => Assert.Equal(e.Value, after.GetValueOrDefault(e.Key)));
        Assert.DoesNotContain("notes.txt", File.ReadAllText(Path.Combine(Out, ".dashboard-manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_empty_folder_without_the_manifest_is_refused_naming_a_few_of_its_files()
    {
        foreach (var name in new[] { "b.txt", "a.txt", "c.docx", "d.pdf" }) Put(Path.Combine("thesis", name), name);
        Put("thesis/figures/plot.png", "png");
        var before = FileTree.Of(_dir.Path);

        var message = Refused(_dir.File("thesis"), RunA);

        Assert.Equal($"--out {_dir.File("thesis")}: this folder holds files this tool did not write (a.txt, b.txt, c.docx and 2 more) and no .dashboard-manifest.json, " +
            "so it is left as it is; name a new or empty folder for the outputs, or move those files elsewhere first", message);
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Theory]
    [InlineData("{\"written_by\": \"someone else\", \"files\": [\"a.txt\"]}")]
    [InlineData("{\"written_by\": \"Aleppo figures dashboard (Dashboard.Cli generate)\", \"files\": [\"../a.txt\"]}")]
    [InlineData("{\"written_by\": \"Aleppo figures dashboard (Dashboard.Cli generate)\", \"files\": [\"/etc/passwd\"]}")]
    [InlineData("{\"written_by\": \"Aleppo figures dashboard (Dashboard.Cli generate)\"}")]
    [InlineData("not json")]
    public void A_manifest_that_is_not_the_tools_does_not_make_a_folder_replaceable(string manifest)
    {
        Put("out/a.txt", "mine");
        Put("out/.dashboard-manifest.json", manifest);
        var before = FileTree.Of(_dir.Path);
        Assert.Contains("this folder holds files this tool did not write (.dashboard-manifest.json, a.txt)", Refused(Out, RunA), StringComparison.Ordinal);
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void A_file_in_the_folders_place_is_refused()
    {
        Put("out", "a file of the user's");
        var before = FileTree.Of(_dir.Path);
        Assert.Equal($"--out {Out}: this is a file, not a folder; name a new or empty folder for the outputs", Refused(Out, RunA));
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void A_user_file_with_the_name_of_a_new_output_is_refused_and_nothing_moves()
    {
        // The folder was written by a run that had no charts/two.svg; the user put a file there since.
        Write(Out, RunB);
        Put("out/charts/two.svg", "the user's drawing");
        var before = FileTree.Of(_dir.Path);
        Assert.Equal($"--out {Out}: charts/two.svg is not one of this tool's files but has the name of an output of this run, so the folder is left as it is; move or rename it and run again",
            Refused(Out, RunA));
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void A_failed_run_leaves_the_folder_and_the_users_files_as_they_were()
    {
        Write(Out, RunA);
        Put("out/notes.txt", "my notes");
        var before = FileTree.Of(_dir.Path);
        Assert.Throws<IOException>(() => AtomicOutputFolder.Write(Out, Stamp, _ => throw new IOException("disk full")));
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void A_linked_output_folder_is_written_through_and_the_link_stays()
    {
        var real = _dir.File("real");
        Write(real, RunA);
        Put("real/notes.txt", "my notes");
        Directory.CreateSymbolicLink(Out, real);

        Write(Out, RunB);

        Assert.Equal(real, new FileInfo(Out).LinkTarget);
        Assert.Equal("B", File.ReadAllText(Path.Combine(real, "report.html")));
        Assert.Equal("my notes", File.ReadAllText(Path.Combine(real, "notes.txt")));
        Assert.Empty(Leftovers("out", "real"));
    }

    [Fact]
    public void A_link_to_a_missing_folder_is_written_through_to_where_it_points()
    {
        var real = _dir.File("real");
        Directory.CreateSymbolicLink(Out, real);
        Write(Out, RunA);
        Assert.Equal(real, new FileInfo(Out).LinkTarget);
        Assert.Equal("A", File.ReadAllText(Path.Combine(real, "report.html")));
    }

    [Fact]
    public void A_link_to_a_folder_of_the_users_is_refused_and_both_stay()
    {
        Put("thesis/chapter1.md", "chapter");
        Directory.CreateSymbolicLink(Out, _dir.File("thesis"));
        var before = FileTree.Of(_dir.Path);
        Assert.StartsWith($"--out {Out}: this folder holds files this tool did not write (chapter1.md)", Refused(Out, RunA), StringComparison.Ordinal);
        FileTree.AssertSame(before, FileTree.Of(_dir.Path));
    }

    [Fact]
    public void Runs_into_one_folder_at_the_same_time_each_leave_one_whole_run_in_place()
    {
        Write(Out, [("0.txt", "seed")]);
        Put("out/notes.txt", "my notes");
        const int writers = 6, rounds = 4, files = 8;
        // Every writer finishes its outputs, then all swap at once: the moment a race would show.
        using var together = new Barrier(writers);
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var threads = Enumerable.Range(0, writers).Select(w => new Thread(() =>
        {
            for (var round = 0; round < rounds; round++)
            {
                try
                {
                    AtomicOutputFolder.Write(Out, Stamp, staging =>
                    {
                        for (var f = 0; f < files; f++) File.WriteAllText(Path.Combine(staging, $"{f}.txt"), $"writer {w} round {round}");
                        together.SignalAndWait(TimeSpan.FromSeconds(30));
                    });
                }
                catch (Exception ex)
                {
                    failures.Add(ex);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        var texts = Enumerable.Range(0, files).Select(f => File.ReadAllText(Path.Combine(Out, $"{f}.txt"))).Distinct().ToList();
        Assert.Single(texts);
        Assert.Equal("my notes", File.ReadAllText(Path.Combine(Out, "notes.txt")));
        Assert.Equal(files + 2, Directory.GetFileSystemEntries(Out).Length);
        Assert.Empty(Leftovers("out"));
    }
}
