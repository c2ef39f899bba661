using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Notebooks;

/// <summary>The harness must fail a notebook that a kernel would fail.</summary>
[Collection(NotebookCollection.Name)]
public class HarnessTests
{
    private static string Write(TempDir dir, params string[] codeCells)
    {
        var cells = codeCells.Select(c => new { cell_type = "code", source = new[] { c } }).ToArray();
        var path = dir.File("nb.ipynb");
        File.WriteAllText(path, JsonSerializer.Serialize(new { cells, metadata = new { }, nbformat = 4 }));
        return path;
    }

    [Fact]
    public async Task A_cell_that_throws_fails_the_run_naming_the_cell()
    {
        using var dir = new TempDir();
        var ex = await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => NotebookHarness.Run(Write(dir, "var x = 1;", "throw new InvalidOperationException(\"boom\");")));
        Assert.Contains("cell 1 threw", ex.Message);
        Assert.Contains("boom", ex.Message);
    }

    [Fact]
    public async Task A_cell_that_does_not_compile_fails_the_run()
    {
        using var dir = new TempDir();
        var ex = await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => NotebookHarness.Run(Write(dir, "int x = \"text\";")));
        Assert.Contains("does not compile", ex.Message);
    }

    [Fact]
    public async Task State_carries_across_cells_and_a_final_expression_is_displayed()
    {
        using var dir = new TempDir();
        var displays = await NotebookHarness.Run(Write(dir, "var x = 40;", "x + 2"));
        Assert.Equal(42, Assert.Single(displays).Value);
    }

    [Fact]
    public async Task A_missing_assembly_or_an_unknown_package_or_kernel_is_refused()
    {
        using var dir = new TempDir();
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => NotebookHarness.Run(Write(dir, "#r \"../nowhere/Missing.dll\"")));
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => NotebookHarness.Run(Write(dir, "#r \"nuget: Left.Pad, 1.0\"")));
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => NotebookHarness.Run(Write(dir, "#!fsharp\nlet x = 1")));
    }

    [Fact]
    public async Task Displays_go_through_the_kernels_own_formatter_and_its_registrations()
    {
        using var dir = new TempDir();
        var displays = await NotebookHarness.Run(Write(dir,
            "using Microsoft.DotNet.Interactive.Formatting;\nFormatter.Register<Uri>((u, w) => w.Write(\"<b>\" + u.Host + \"</b>\"), \"text/html\");",
            "display(new Uri(\"https://example.org/x\"));",
            "\"plain words\""));
        var uri = Assert.Single(displays, d => d.Value is Uri);
        Assert.Equal(("text/html", "<b>example.org</b>"), (uri.MimeType, uri.Text));
        // The kernel shows strings as plain text, not as an HTML object tree.
        var words = Assert.Single(displays, d => d.Value is string);
        Assert.Equal(("text/plain", "plain words"), (words.MimeType, words.Text));
    }

    [Fact]
    public async Task Each_run_starts_from_the_kernels_default_formatters()
    {
        using var dir = new TempDir();
        await NotebookHarness.Run(Write(dir, "Microsoft.DotNet.Interactive.Formatting.Formatter.Register<Uri>((u, w) => w.Write(\"registered\"), \"text/html\");"));
        var displays = await NotebookHarness.Run(Write(dir, "display(new Uri(\"https://example.org/\"));"));
        Assert.DoesNotContain("registered", Assert.Single(displays).Text);
    }
}
