using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Notebooks;

/// <summary>The runner must fail a notebook exactly where Jupyter's kernel would, and show what it displayed.</summary>
[Collection(NotebookCollection.Name)]
public class NotebookKernelTests
{
    private static string Write(TempDir dir, string name, params string[] codeCells)
    {
        var cells = codeCells.Select(c => new { cell_type = "code", execution_count = (int?)null, metadata = new { }, outputs = Array.Empty<object>(), source = new[] { c } });
        var notebook = new
        {
            cells,
            metadata = new { kernelspec = new { display_name = ".NET (C#)", language = "C#", name = ".net-csharp" } },
            nbformat = 4,
            nbformat_minor = 5,
        };
        var path = dir.File(name);
        File.WriteAllText(path, JsonSerializer.Serialize(notebook));
        return path;
    }

    private static Task<Xunit.Sdk.XunitException> Fails(string path) => Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => NotebookKernel.Run(path));

    [Fact]
    public async Task A_notebook_missing_a_using_the_kernel_does_not_import_fails_at_that_cell()
    {
        // A copy of explore.ipynb without its "using System.IO;", as the notebooks were before the
        // kernel ran them: the kernel imports System but not System.IO, so the setup cell's
        // DirectoryInfo does not compile. The copy lives elsewhere, so its library path is made absolute.
        using var dir = new TempDir();
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "notebooks", "explore.ipynb")))!;
        var setup = notebook["cells"]!.AsArray().First(c => (string?)c!["cell_type"] == "code")!["source"]!.AsArray();
        var lines = setup.Select(l => (string)l!).ToList();
        Assert.Equal(1, lines.RemoveAll(l => l.Trim() == "using System.IO;"));
        var library = Path.Combine(Repo.Root, "src", "Dashboard", "bin", "Debug", "net10.0", "Dashboard.dll");
        lines = lines.Select(l => l.Replace("\"../src/Dashboard/bin/Debug/net10.0/Dashboard.dll\"", JsonSerializer.Serialize(library), StringComparison.Ordinal)).ToList();
        setup.Clear();
        foreach (var line in lines) setup.Add(line);
        var path = dir.File("explore-without-system-io.ipynb");
        File.WriteAllText(path, notebook.ToJsonString());

        var ex = await Fails(path);

        Assert.StartsWith("explore-without-system-io.ipynb cell 2 failed in the kernel:", ex.Message);
        Assert.Contains("CS0246: The type or namespace name 'DirectoryInfo' could not be found", ex.Message);
    }

    [Fact]
    public async Task A_compile_error_is_reported_at_its_line_and_column_in_the_cell()
    {
        using var dir = new TempDir();
        var ex = await Fails(Write(dir, "nb.ipynb", "var x = 1;", "// a comment\nint y = \"text\";"));
        Assert.StartsWith("nb.ipynb cell 2 failed in the kernel:\nline 2, column 9: CS0029:", ex.Message);
    }

    [Fact]
    public async Task A_cell_that_throws_fails_the_run_with_the_exception()
    {
        using var dir = new TempDir();
        var ex = await Fails(Write(dir, "nb.ipynb", "var x = 1;", "throw new InvalidOperationException(\"boom\");"));
        Assert.StartsWith("nb.ipynb cell 2 failed in the kernel:", ex.Message);
        Assert.Contains("boom", ex.Message);
    }

    [Fact]
    public async Task A_cell_for_a_kernel_that_is_not_there_fails()
    {
        using var dir = new TempDir();
        var ex = await Fails(Write(dir, "nb.ipynb", "#!fsharp\nlet x = 1"));
        Assert.StartsWith("nb.ipynb cell 1 failed in the kernel:", ex.Message);
    }

    [Fact]
    public async Task State_carries_across_cells_and_a_final_expression_is_displayed()
    {
        using var dir = new TempDir();
        var cells = await NotebookKernel.Run(Write(dir, "nb.ipynb", "#!csharp\nvar x = 40;", "x + 2", "display(\"plain words\");"));
        Assert.Empty(cells[0].Displays);
        Assert.Contains("42", Assert.Single(cells[1].Displays)["text/html"]);
        // A front end shows strings as plain text, not as an HTML object tree.
        Assert.Equal("plain words", Assert.Single(cells[2].Displays)["text/plain"]);
    }

    [Fact]
    public async Task Cells_run_in_the_notebooks_folder_and_the_test_process_gets_its_folder_back()
    {
        using var dir = new TempDir();
        var before = Directory.GetCurrentDirectory();
        var cells = await NotebookKernel.Run(Write(dir, "nb.ipynb", "display(System.IO.Directory.GetCurrentDirectory());"));
        Assert.Equal(dir.Path, Assert.Single(cells[0].Displays)["text/plain"]);
        Assert.Equal(before, Directory.GetCurrentDirectory());
    }

    [Fact]
    public async Task A_formatter_registered_by_one_notebook_does_not_reach_the_next()
    {
        using var dir = new TempDir();
        var first = await NotebookKernel.Run(Write(dir, "a.ipynb",
            "using Microsoft.DotNet.Interactive.Formatting;\nFormatter.Register<Uri>((u, w) => w.Write(\"<b>\" + u.Host + \"</b>\"), \"text/html\");",
            "display(new Uri(\"https://example.org/x\"));"));
        Assert.Equal("<b>example.org</b>", Assert.Single(first[1].Displays)["text/html"]);
        var second = await NotebookKernel.Run(Write(dir, "b.ipynb", "display(new Uri(\"https://example.org/x\"));"));
        Assert.DoesNotContain("<b>example.org</b>", Assert.Single(second[0].Displays)["text/html"]);
    }
}
