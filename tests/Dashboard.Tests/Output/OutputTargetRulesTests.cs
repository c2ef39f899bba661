using Dashboard.Output;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Output;

/// <summary>
/// Where an output may never go, checked with the current and home folders given as parameters (the
/// test process's own current folder is never changed): the messages are the ones the command line prints.
/// </summary>
public sealed class OutputTargetRulesTests : IDisposable
{
    private readonly TempDir _dir = new();

    /// <summary>The current folder of the run being checked: work/, holding data/claims.json and old.json.</summary>
    private string Here => _dir.File("work");

    private string Home => _dir.File(Path.Combine("users", "me"));

    private readonly NamedPath[] _inputs = [new("--data", Path.Combine("data", "claims.json")), new("--previous", "old.json")];

    public OutputTargetRulesTests()
    {
        Directory.CreateDirectory(Path.Combine(Here, "data"));
        File.WriteAllText(Path.Combine(Here, "data", "claims.json"), "{}");
        File.WriteAllText(Path.Combine(Here, "old.json"), "{}");
        Directory.CreateDirectory(Home);
    }

    public void Dispose() => _dir.Dispose();

    private string RefusedFolder(string output) =>
        Assert.Throws<OutputRefusedException>(() => OutputTargetRules.CheckFolder(new NamedPath("--out", output), _inputs, Here, Home)).Message;

    private string RefusedFile(string output, params NamedPath[] inputs) =>
        Assert.Throws<OutputRefusedException>(() => OutputTargetRules.CheckFile(new NamedPath("--json", output), inputs, Here)).Message;

    [Fact]
    public void The_current_folder_is_refused()
    {
        Assert.Equal("--out .: this is the current folder; name a folder of its own for the outputs, such as out", RefusedFolder("."));
        Assert.Equal($"--out {Here}/: this is the current folder; name a folder of its own for the outputs, such as out", RefusedFolder(Here + "/"));
    }

    [Fact]
    public void A_folder_that_holds_the_current_folder_is_refused()
    {
        Assert.Equal("--out ..: this folder holds the current folder; name a folder of its own for the outputs, such as out", RefusedFolder(".."));
        Assert.Equal("--out /: this folder holds the current folder; name a folder of its own for the outputs, such as out", RefusedFolder("/"));
    }

    [Fact]
    public void A_link_to_the_current_folder_is_refused_as_the_current_folder()
    {
        var link = _dir.File("alias");
        Directory.CreateSymbolicLink(link, Here);
        Assert.Equal($"--out {link}: this is the current folder; name a folder of its own for the outputs, such as out", RefusedFolder(link));
    }

    [Theory]
    [InlineData(true)]   // a clone: .git is a folder
    [InlineData(false)]  // a worktree: .git is a file naming the real one
    public void The_root_of_a_repository_is_refused(bool gitFolder)
    {
        var repo = _dir.File("repo");
        Directory.CreateDirectory(repo);
        if (gitFolder) Directory.CreateDirectory(Path.Combine(repo, ".git"));
        else File.WriteAllText(Path.Combine(repo, ".git"), "gitdir: /somewhere/else\n");
        Assert.Equal($"--out {repo}: this is the root of a git repository (it holds .git); name a folder inside it for the outputs, such as {repo}/out", RefusedFolder(repo));
        // A folder inside it is fine.
        OutputTargetRules.CheckFolder(new NamedPath("--out", Path.Combine(repo, "out")), _inputs, Here, Home);
    }

    [Fact]
    public void The_home_folder_and_the_folders_that_hold_it_are_refused()
    {
        Assert.Equal($"--out {Home}: this is your home folder; name a folder of its own for the outputs, such as out", RefusedFolder(Home));
        Assert.Equal($"--out {_dir.File("users")}: this folder holds your home folder; name a folder of its own for the outputs, such as out", RefusedFolder(_dir.File("users")));
        OutputTargetRules.CheckFolder(new NamedPath("--out", Path.Combine(Home, "out")), _inputs, Here, Home);
    }

    [Fact]
    public void An_output_folder_that_is_holds_or_lies_in_an_input_is_refused()
    {
        Assert.Equal("--out data/claims.json: this is --data, an input of this run; name another folder for the outputs", RefusedFolder("data/claims.json"));
        Assert.Equal("--out data: this folder holds --data data/claims.json, an input of this run; name another folder for the outputs", RefusedFolder("data"));
        Assert.Equal("--out old.json/out: this lies inside --previous old.json, an input of this run; name another folder for the outputs", RefusedFolder("old.json/out"));
        Assert.Equal("--out ./data/../data/: this folder holds --data data/claims.json, an input of this run; name another folder for the outputs", RefusedFolder("./data/../data/"));
    }

    [Fact]
    public void An_input_reached_through_a_link_is_still_an_input()
    {
        var link = Path.Combine(Here, "mirror");
        Directory.CreateSymbolicLink(link, Path.Combine(Here, "data"));
        Assert.Equal("--out mirror: this folder holds --data data/claims.json, an input of this run; name another folder for the outputs", RefusedFolder("mirror"));
    }

    [Fact]
    public void An_ordinary_output_folder_passes()
    {
        foreach (var ok in new[] { "out", "data2", Path.Combine("data", "..", "out"), _dir.File("elsewhere") })
        {
            OutputTargetRules.CheckFolder(new NamedPath("--out", ok), _inputs, Here, Home);
        }
    }

    [Fact]
    public void An_output_file_that_is_an_input_or_a_folder_is_refused()
    {
        NamedPath[] inputs = [new("OLD", "old.json"), new("NEW", "data/claims.json")];
        Assert.Equal("--json data/claims.json: this is NEW, an input of this run; name another file to write", RefusedFile("data/claims.json", inputs));
        var link = Path.Combine(Here, "latest.json");
        File.CreateSymbolicLink(link, Path.Combine(Here, "old.json"));
        Assert.Equal("--json latest.json: this is OLD, an input of this run; name another file to write", RefusedFile("latest.json", inputs));
        Assert.Equal("--json data: this is a folder; name a file to write", RefusedFile("data"));
        OutputTargetRules.CheckFile(new NamedPath("--json", "changes.json"), inputs, Here);
    }
}
