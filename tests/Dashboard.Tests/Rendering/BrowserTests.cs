using Dashboard.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dashboard.Tests.Rendering;

/// <summary>Debian's Chromium, driven by Playwright (never a downloaded browser), on both editions of the bundled report.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly TempDir _dir = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string OutDir => _dir.File("out");

    /// <summary>The dataset the pages were made from, to count what they must show.</summary>
    public Dashboard.Model.Dataset Dataset { get; } = Dashboard.Validation.ValidatedDataset.Load(Repo.BundledData).Valid!.Dataset;

    /// <summary>How many claims quote a document in <paramref name="language"/>.</summary>
    public int ClaimsIn(string language) => Dataset.Claims.Count(c => Dataset.Documents.Single(d => d.Id == c.Document).Language == language);

    public string Url(string file) => new Uri(Path.Combine(OutDir, file)).AbsoluteUri;

    public async Task InitializeAsync()
    {
        if (!File.Exists(RequiresChromiumFactAttribute.Executable)) return;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.True(Dashboard.Cli.Cli.Run(["generate", "--data", Repo.BundledData, "--out", OutDir], stdout, stderr) == 0, stderr.ToString());
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RequiresChromiumFactAttribute.Executable,
            Headless = true,
            // As root Chromium needs --no-sandbox; the rest stop it calling home on a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
        _dir.Dispose();
    }
}

public class BrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, int, int> EditionsAndSizes() => new()
    {
        { "report.html", 1280, 900 }, { "report.html", 390, 844 }, { "report.ar.html", 1280, 900 }, { "report.ar.html", 390, 844 },
    };

    private async Task<(IPage Page, List<string> Errors, List<string> Requests)> Open(string file, int width, int height, BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.ViewportSize = new ViewportSize { Width = width, Height = height };
        var context = await fixture.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync(fixture.Url(file), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, errors, requests);
    }

    private string Artifact(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        output.WriteLine("saved: " + path);
        return path;
    }

    /// <summary>
    /// How far each quotation on the page (a claim's words, a side's position, the words behind a
    /// tile or an accusation) sticks out of the viewport or of a box that scrolls, in pixels (0 when
    /// fully in view). Quotations folded inside a closed details element are left out.
    /// </summary>
    private const string EvidenceOutOfView = """
        () => Array.from(document.querySelectorAll('main blockquote')).filter(q => !q.closest('details:not([open])')).map(q => {
          q.scrollIntoView({ block: 'center' });
          const r = q.getBoundingClientRect();
          let out = Math.max(0, -r.left, r.right - window.innerWidth);
          for (let a = q.parentElement; a; a = a.parentElement) {
            const s = getComputedStyle(a);
            if (/(auto|scroll|hidden)/.test(s.overflowX)) {
              const b = a.getBoundingClientRect();
              out = Math.max(out, b.left - r.left, r.right - b.right);
            }
          }
          const home = q.closest('[id]');
          return { id: home ? home.id : '', lang: q.lang, evidence: q.classList.contains('evidence'), out: Math.round(out) };
        })
        """;

    [RequiresChromiumTheory]
    [MemberData(nameof(EditionsAndSizes))]
    public async Task Every_claims_words_are_in_view_with_no_sideways_scroll_no_error_and_no_request(string file, int width, int height)
    {
        var (page, errors, requests) = await Open(file, width, height);
        Assert.Empty(errors);
        Assert.Equal([fixture.Url(file)], requests);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{file} at {width}px: the page is {overflow}px wider than the viewport");
        var spans = await page.EvaluateAsync<EvidenceBox[]>(EvidenceOutOfView);
        var claims = spans.Where(s => s.Evidence).ToList();
        Assert.Equal(fixture.Dataset.Claims.Length, claims.Count);
        Assert.Equal(fixture.ClaimsIn("ar"), claims.Count(s => s.Lang == "ar"));
        // The contested accounts quote every position, each in view too.
        Assert.True(spans.Length >= claims.Count + fixture.Dataset.Contentions.Sum(c => c.Positions.Length));
        Assert.All(spans, s => Assert.True(s.Out == 0, $"{file} at {width}px: the words of {s.Id} stick out by {s.Out}px"));
        // Ids never break: each is a single line box no taller than one line of its text.
        var broken = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('code.id')).filter(c => c.getClientRects().length !== 1 || c.getBoundingClientRect().height > 1.8 * parseFloat(getComputedStyle(c).fontSize)).map(c => c.textContent)");
        Assert.True(broken.Length == 0, $"{file} at {width}px: ids broken over lines: {string.Join(", ", broken)}");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifact($"{Path.GetFileNameWithoutExtension(file)}-{width}.png"), FullPage = true });
    }

    public sealed class EvidenceBox
    {
        public string Id { get; set; } = "";
        public string Lang { get; set; } = "";
        public bool Evidence { get; set; }
        public int Out { get; set; }
    }

    [RequiresChromiumTheory]
    [InlineData("report.html")]
    [InlineData("report.ar.html")]
    public async Task No_serious_or_critical_accessibility_violation(string file)
    {
        var (page, _, _) = await Open(file, 1280, 900);
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));
        output.WriteLine($"{file}: {results.Violations.Length} violations of minor or moderate impact, {results.Passes.Length} rules passed");
    }

    [RequiresChromiumFact]
    public async Task Filters_and_orders_keep_working_on_the_list_of_claims()
    {
        var (page, _, _) = await Open("report.html", 1280, 900);
        Assert.True(await page.IsVisibleAsync("#claims-filters"), "the script should reveal the controls");
        async Task<List<(string Side, double Low)>> Visible() =>
            (await page.EvalOnSelectorAllAsync<string[]>("#claims-list article.claim:not([hidden])", "es => es.map(e => e.dataset.side + '|' + e.dataset.low)"))
            .Select(s => s.Split('|')).Select(p => (p[0], double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var all = fixture.Dataset.Claims.Length;
        Assert.Equal(all, (await Visible()).Count);
        await page.SelectOptionAsync("#claims-order", "largest");
        var largest = (await Visible()).Select(v => v.Low).ToList();
        Assert.Equal(largest.OrderDescending(), largest);
        Assert.Equal(46000d, largest[0]);
        await page.SelectOptionAsync("#claims-order", "smallest");
        var smallest = (await Visible()).Select(v => v.Low).ToList();
        Assert.Equal(smallest.Order(), smallest);
        await page.SelectOptionAsync("#filter-side", "sdf");
        var sdf = await Visible();
        Assert.True(sdf.Count > 0 && sdf.Count < all);
        Assert.All(sdf, v => Assert.Equal("sdf", v.Side));
        Assert.Contains($"Showing {sdf.Count} of {all} claims", await page.TextContentAsync("#claims-count"));
        await page.SelectOptionAsync("#filter-metric", "killed");
        Assert.Equal(fixture.Dataset.Claims.Count(c => c.Metric == "killed" && fixture.Dataset.Sources.Single(s => s.Id == c.Source).Side == Dashboard.Model.Side.Sdf), (await Visible()).Count);
    }

    [RequiresChromiumFact]
    public async Task The_arabic_edition_reads_right_to_left_and_its_controls_speak_arabic()
    {
        var (page, errors, _) = await Open("report.ar.html", 1280, 900);
        Assert.Empty(errors);
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));
        Assert.Equal("rtl", await page.EvalOnSelectorAsync<string>("#claim-000-health-killed blockquote", "q => getComputedStyle(q).direction"));
        Assert.Equal("ltr", await page.EvalOnSelectorAsync<string>("#claim-003-health-killed blockquote.evidence", "q => getComputedStyle(q).direction"));
        await page.SelectOptionAsync("#filter-side", "sdf");
        Assert.Contains("الأرقام المعروضة", await page.TextContentAsync("#claims-count"));
        // A range keeps its order inside Arabic text: 57 on the left of 59.
        var text = await page.EvalOnSelectorAsync<string>("#tile-injured ~ ul li[data-side=sdf] bdi.fig", "b => b.textContent");
        Assert.Equal("57–59", text);
    }

    [RequiresChromiumFact]
    public async Task Arabic_chart_labels_are_one_text_each_drawn_right_to_left()
    {
        var (page, _, _) = await Open("report.ar.html", 1280, 900);
        var labels = await page.EvalOnSelectorAllAsync<LabelBox[]>("#chart-by-source svg g.labels text",
            "ts => ts.map(t => ({ text: t.textContent, xs: t.getAttribute('x').split(/[ ,]+/).filter(s => s).length, direction: getComputedStyle(t).direction, width: t.getComputedTextLength(), right: t.getBBox().x + t.getBBox().width, anchor: t.getAttribute('text-anchor') }))");
        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.Equal(1, l.Xs));
        Assert.All(labels, l => Assert.Equal("rtl", l.Direction));
        // The bar labels end at the same right edge, beside the axis, so they were anchored at their right.
        var bars = labels.Where(l => l.Anchor == "start" && l.Text.Contains(':', StringComparison.Ordinal) && l.Text != Dashboard.Rendering.Words.Words.Arabic.OpenEndedKey).ToList();
        Assert.True(bars.Count >= 5);
        Assert.True(bars.Max(b => b.Right) - bars.Min(b => b.Right) < 1.5, string.Join(", ", bars.Select(b => b.Right)));
        await page.Locator("#chart-by-source svg").ScreenshotAsync(new LocatorScreenshotOptions { Path = Artifact("chart-by-source.ar.browser.png") });
    }

    public sealed class LabelBox
    {
        public string Text { get; set; } = "";
        public int Xs { get; set; }
        public string Direction { get; set; } = "";
        public double Width { get; set; }
        public double Right { get; set; }
        public string Anchor { get; set; } = "";
    }

    [RequiresChromiumTheory]
    [InlineData("report.html")]
    [InlineData("report.ar.html")]
    public async Task Reads_with_scripts_off_prints_without_controls_and_keeps_a_dark_scheme(string file)
    {
        var (noScript, errors, _) = await Open(file, 1280, 900, new BrowserNewContextOptions { JavaScriptEnabled = false });
        Assert.Empty(errors);
        Assert.False(await noScript.IsVisibleAsync("#claims-filters"));
        Assert.Equal(fixture.Dataset.Claims.Length, await noScript.Locator("#claims-list article.claim:visible").CountAsync());

        var (page, _, _) = await Open(file, 1280, 900, new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(18, 18, 18)", background);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync("nav"));
        Assert.False(await page.IsVisibleAsync("#claims-filters"));
        await page.PdfAsync(new PagePdfOptions { Path = Artifact(Path.GetFileNameWithoutExtension(file) + ".pdf") });
    }
}
