using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Notebooks;

/// <summary>
/// The notebooks are examples and tests at once: every notebook in notebooks/ runs in the .NET
/// Interactive kernel, every code cell after the setup shows something, and each section shows
/// what its text promises (<see cref="Promises"/>).
/// </summary>
[Collection(NotebookCollection.Name)]
public partial class NotebookTests
{
    /// <summary>What a section of a notebook must display: one display of that MIME type holds every text in <paramref name="Shows"/>.</summary>
    /// <param name="Notebook">The file name in notebooks/.</param>
    /// <param name="Section">The heading the cell sits under.</param>
    /// <param name="MimeType">The display's MIME type, as the kernel formats it for Jupyter and VS Code.</param>
    /// <param name="Shows">Text the display holds, exactly.</param>
    /// <param name="Omits">Text it must not hold.</param>
    /// <param name="Rows">For a table, its number of body rows.</param>
    public sealed record Promise(string Notebook, string Section, string MimeType, string[] Shows, string[]? Omits = null, int? Rows = null);

    /// <summary>
    /// Every notebook's promises, worked out from data/claims.json and the analysis rules. A new or
    /// renamed notebook adds its lines here.
    /// </summary>
    private static readonly Promise[] Promises =
    [
        new("explore.ipynb", "Load and check the dataset", "text/plain", ["30 claims from 5 documents and 17 sources."]),
        // The explorer's columns first; the long Arabic quotation cut, with the whole of it on hover; every claim a row.
        new("explore.ipynb", "Every claim", "text/html",
            ["<div style=\"overflow-x:auto\"><table><thead><tr><th>id</th><th>side</th><th>source</th><th>metric</th><th>figure</th><th>evidence</th><th>evidence_en</th>",
             "<tr><td>000-health-killed</td><td>government</td><td>aleppo-health-directorate</td><td>killed</td><td>2</td><td dir=\"rtl\" lang=\"ar\">",
             "<tr><td>001-social-affairs-displaced</td><td>government</td><td>aleppo-social-affairs-directorate</td><td>displaced_people</td><td>46,000+</td><td dir=\"rtl\" lang=\"ar\" title=\""],
            Rows: 30),
        // Killed: the health directorate's 2 (said in 000, repeated in 003) against the SDF's 8.
        new("explore.ipynb", "Totals by side and by source", "text/html", ["<tr><td>government</td><td>killed</td><td>2</td>", "<tr><td>sdf</td><td>killed</td><td>8</td>"]),
        new("explore.ipynb", "Totals by side and by source", "text/html", ["<tr><td>aleppo-health-directorate</td><td>killed</td><td>2</td>"]),
        new("explore.ipynb", "A chart of your own", "text/html", ["<svg", "Claims per source"]),
        // Without the SDF's sources only the government's 2 killed remain; without 003 nothing changes.
        new("explore.ipynb", "What if? Leave out one side, or one document", "text/html", ["<th>without SDF sources</th>", "<td>Killed</td><td>10</td><td>2</td><td>8</td><td>10</td>"]),
        // 003's ten claims come (three of them mentions with no figure); no headline moves, because 003 only renders 000.
        new("explore.ipynb", "What changed between two editions", "text/plain",
            ["Comparing without document 003", "Claims added (10)", "document 003_b7efed39de5bf5d3, killed: - → 2"], Omits: ["Headline figures"]),

        new("contested.ipynb", "Load the dataset", "text/plain", ["30 claims loaded."]),
        // The Health Directorate asserts the SDF shelled; the SDF denies it, in its own words (000).
        new("contested.ipynb", "What the sides contest", "text/html",
            ["<td>sdf-shelling-of-neighbourhoods</td>", "<td>denies</td>", "ونفت قسد أي علاقة لها بالقصف على أحياء حلب"]),
        // Government sources blame the SDF for 2 killed; SDF sources blame the government for 57 to 59 injured.
        new("contested.ipynb", "Harm each side blames on whom", "text/html",
            ["<tr><td>government</td><td>sdf</td><td>killed</td><td>2</td><td>2</td><td>2</td>",
             "<tr><td>sdf</td><td>government</td><td>injured</td><td>57</td><td>59</td><td>57–59</td>"]),
        new("contested.ipynb", "Each side's accusation, drawn", "text/html", ["<svg"]),
        // No two figures about the same people conflict: every pair is a toll that may include another.
        new("contested.ipynb", "Figures about the same people", "text/plain", ["No two figures about the same people contradict each other."]),
        new("contested.ipynb", "Figures about the same people", "text/html", ["<td>may_include</td>", "<td>False</td>"], Omits: ["<td>True</td>"]),
        // Quoted from the Arabic original (000), not its English rendering (003), right to left.
        new("contested.ipynb", "The words behind each accusation", "text/html",
            ["<td>000-health-killed</td>", "dir=\"rtl\" lang=\"ar\">وأعلنت مديرية الصحة في حلب وقوع قتيلين"], Omits: ["003-health-killed"]),
    ];

    public static TheoryData<string> All() => new(Directory.GetFiles(Path.Combine(Repo.Root, "notebooks"), "*.ipynb").Select(Path.GetFileName).Order()!);

    private static string Notebook(string name) => Path.Combine(Repo.Root, "notebooks", name);

    [Theory]
    [MemberData(nameof(All))]
    public async Task Every_cell_runs_in_the_kernel_and_each_section_shows_what_it_promises(string name)
    {
        var promises = Promises.Where(p => p.Notebook == name).ToList();
        Assert.True(promises.Count > 0, $"{name} has no line in NotebookTests.Promises: say there what each of its sections shows");

        var cells = await NotebookKernel.Run(Notebook(name));

        Assert.True(cells.Count >= 3, "a notebook worth running has a few code cells");
        foreach (var cell in cells.Skip(1))
        {
            Assert.True(cell.Displays.Count > 0, $"{name} cell {cell.Cell} (under \"{cell.Section}\") displays nothing:\n{cell.Source}");
        }
        foreach (var promise in promises)
        {
            var section = cells.Where(c => c.Section == promise.Section).ToList();
            Assert.True(section.Count > 0, $"{name} has no code under a heading \"{promise.Section}\"; sections: {string.Join(", ", cells.Select(c => c.Section).Distinct())}");
            var shown = section.SelectMany(c => c.Displays).Where(d => d.ContainsKey(promise.MimeType)).Select(d => Plain(d[promise.MimeType])).ToList();
            Assert.True(shown.Any(text => Keeps(promise, text)),
                $"{name}, \"{promise.Section}\": no {promise.MimeType} display holds [{string.Join(" | ", promise.Shows)}]"
                + (promise.Omits is null ? "" : $" without [{string.Join(" | ", promise.Omits)}]")
                + (promise.Rows is null ? "" : $" in {promise.Rows} rows")
                + $"; it shows:\n{string.Join("\n---\n", section.SelectMany(c => c.Displays).SelectMany(d => d.Select(kv => $"{kv.Key}: {kv.Value}")))}");
        }
    }

    /// <summary>
    /// A display without the style every table cell carries (DataFrameHtmlTests pins it), so a
    /// promise reads like the table it describes.
    /// </summary>
    private static string Plain(string display) => display.Replace(" style=\"white-space:nowrap\"", "", StringComparison.Ordinal);

    private static bool Keeps(Promise promise, string text) =>
        promise.Shows.All(s => text.Contains(s, StringComparison.Ordinal))
        && (promise.Omits ?? []).All(s => !text.Contains(s, StringComparison.Ordinal))
        && (promise.Rows is not { } rows || BodyRow().Matches(text).Count == rows);

    [Theory]
    [MemberData(nameof(All))]
    public async Task Is_a_csharp_notebook_whose_first_cell_says_what_to_run_first(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Notebook(name)));
        Assert.Equal(".net-csharp", doc.RootElement.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        var cells = await NotebookKernel.Cells(Notebook(name));
        Assert.Equal("markdown", cells[0].KernelName);
        Assert.Contains("dotnet build src/Dashboard", cells[0].Contents);
        Assert.All(cells, c => Assert.True(c.KernelName is "markdown" or "csharp", $"{name}: a {c.KernelName} cell; the notebooks are C# only"));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Is_kept_without_outputs_so_what_the_repository_shows_is_never_stale(string name)
    {
        // Outputs would go stale with the data and the library; the README says to run the cells.
        using var doc = JsonDocument.Parse(File.ReadAllText(Notebook(name)));
        foreach (var cell in doc.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code"))
        {
            Assert.Equal(0, cell.GetProperty("outputs").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
        }
    }

    [GeneratedRegex("<tr><td")]
    private static partial Regex BodyRow();
}
