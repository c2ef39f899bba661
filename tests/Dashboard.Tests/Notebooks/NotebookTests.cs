using Dashboard.Tests.Support;

namespace Dashboard.Tests.Notebooks;

/// <summary>The notebooks are examples and tests at once: every cell runs, and each shows what its text promises.</summary>
[Collection(NotebookCollection.Name)]
public class NotebookTests
{
    private static string Notebook(string name) => Path.Combine(Repo.Root, "notebooks", name);

    public static TheoryData<string> All() => new(Directory.GetFiles(Path.Combine(Repo.Root, "notebooks"), "*.ipynb").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(All))]
    public async Task Every_code_cell_runs_and_every_cell_after_setup_displays_something(string name)
    {
        var displays = await NotebookHarness.Run(Notebook(name));
        var cells = NotebookHarness.Cells(Notebook(name)).Where(c => c.Kind == "code").ToList();
        Assert.True(cells.Count >= 3, "a notebook worth running has a few code cells");
        foreach (var cell in cells.Skip(1))
        {
            Assert.True(displays.Any(d => d.Cell == cell.Index), $"{name} cell {cell.Index} displays nothing:\n{cell.Source}");
        }
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Is_a_csharp_polyglot_notebook_whose_first_cell_says_what_to_run_first(string name)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Notebook(name)));
        Assert.Equal(".net-csharp", doc.RootElement.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        var first = NotebookHarness.Cells(Notebook(name))[0];
        Assert.Equal("markdown", first.Kind);
        Assert.Contains("dotnet build src/Dashboard", first.Source);
        Assert.All(NotebookHarness.Cells(Notebook(name)), c => Assert.True(c.Kind is "markdown" or "code"));
    }

    [Fact]
    public async Task Explore_shows_the_claims_table_totals_a_chart_and_the_what_if()
    {
        var displays = await NotebookHarness.Run(Notebook("explore.ipynb"));
        var html = displays.Where(d => d.MimeType == "text/html").Select(d => d.Text).ToList();
        var claimsTable = Assert.Single(html, h => h.Contains("<table") && h.Contains("000-health-killed") && h.Contains("evidence"));
        Assert.Equal(23, System.Text.RegularExpressions.Regex.Matches(claimsTable, "<tr>").Count - 1);
        Assert.Contains("dir=\"rtl\"", claimsTable);
        Assert.Contains(html, h => h.Contains("<td>side</td>") && h.Contains("<td>government</td>") && h.Contains("<td>sdf</td>"));
        Assert.Contains(html, h => h.Contains("<td>source</td>") && h.Contains("aleppo-health-directorate"));
        Assert.Contains(html, h => h.Contains("<svg") && h.Contains("Claims per source"));
        var whatIf = Assert.Single(html, h => h.Contains("without SDF sources"));
        // Without the SDF's sources only the government's 2 killed remain; without 003 nothing changes.
        Assert.Contains("<td>Killed</td><td>10</td><td>2</td><td>8</td><td>10</td>", whatIf);
        // Two editions compared with the library's call: 003's seven claims come, no headline moves.
        var editions = Assert.Single(displays, d => d.Text.StartsWith("Comparing ", StringComparison.Ordinal));
        Assert.Equal("text/plain", editions.MimeType);
        Assert.Contains("Claims added (7)", editions.Text);
        Assert.Contains("document 003_b7efed39de5bf5d3, killed: - → 2", editions.Text);
        Assert.DoesNotContain("Headline figures", editions.Text);
    }

    [Fact]
    public async Task Discrepancies_shows_where_the_sides_disagree_by_how_much_and_a_chart()
    {
        var displays = await NotebookHarness.Run(Notebook("discrepancies.ipynb"));
        var html = displays.Where(d => d.MimeType == "text/html").Select(d => d.Text).ToList();
        var comparison = Assert.Single(html, h => h.Contains("<th>gap</th>"));
        // Killed: government 2, SDF 8: cannot both hold, at least 6 apart. Injured: 9+ against 57-59 can.
        Assert.Contains("<td>Killed</td><td>2</td><td>8</td><td>False</td><td>6</td><td>The two sides&#39; figures cannot both hold: they are at least 6 apart.</td>", comparison);
        Assert.Contains("<td>Injured</td><td>9+</td><td>57–59</td><td>True</td><td>0</td>", comparison);
        Assert.Contains(html, h => h.Contains("<svg") && h.Contains("each side"));
        // The words behind each figure, quoted from the Arabic original (000), not its English rendering (003).
        var words = Assert.Single(html, h => h.Contains("<th>evidence_en</th>"));
        Assert.Contains("قتيلين", words);
        Assert.Contains("000-health-killed", words);
        Assert.DoesNotContain("003-health-killed", words);
    }
}
