using Dashboard.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dashboard.Tests.Rendering;

/// <summary>The report in a real browser: Debian's Chromium driven by Playwright, never a downloaded browser.</summary>
public class BrowserTests(ITestOutputHelper output)
{
    /// <summary>Generates the bundled report into a scratch folder and opens it in Chromium at the given size.</summary>
    private static async Task WithReport(int width, int height, Func<IPage, string, Task> test)
    {
        using var dir = new TempDir();
        var url = Generate(dir);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RequiresChromiumFactAttribute.Executable,
            Headless = true,
            // As root Chromium needs --no-sandbox; the rest stop it calling home on a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await test(page, url);
    }

    private static string Generate(TempDir dir)
    {
        var outDir = dir.File("out");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.True(Dashboard.Cli.Cli.Run(["generate", "--data", Repo.BundledData, "--out", outDir], stdout, stderr) == 0, stderr.ToString());
        return new Uri(Path.Combine(outDir, "report.html")).AbsoluteUri;
    }

    private static async Task<List<(double Low, string Side)>> VisibleRows(IPage page) =>
        (await page.EvalOnSelectorAllAsync<string[]>("#claims-table tbody tr:not([hidden])",
            "rows => rows.map(r => r.cells[2].getAttribute('data-sort') + '|' + r.getAttribute('data-side'))"))
        .Select(s => s.Split('|')).Select(p => (double.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), p[1])).ToList();

    [RequiresChromiumFact]
    public Task Page_loads_clean_sorts_filters_and_is_screenshotted() => WithReport(1280, 900, async (page, url) =>
        {
            var errors = new List<string>();
            var requests = new List<string>();
            page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
            page.PageError += (_, e) => errors.Add(e);
            page.Request += (_, r) => requests.Add(r.Url);

            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            Assert.Empty(errors);
            Assert.Equal([url], requests);
            Assert.True(await page.IsVisibleAsync("#claims-filters"), "the script should reveal the filters");

            var total = (await VisibleRows(page)).Count;
            Assert.Equal(23, total);

            // Sorting: the Figure column, ascending then descending.
            await page.ClickAsync("#claims-table thead th:nth-child(3) button");
            var ascending = (await VisibleRows(page)).Select(r => r.Low).ToList();
            Assert.Equal(ascending.Order(), ascending);
            Assert.Equal("ascending", await page.GetAttributeAsync("#claims-table thead th:nth-child(3)", "aria-sort"));
            await page.ClickAsync("#claims-table thead th:nth-child(3) button");
            var descending = (await VisibleRows(page)).Select(r => r.Low).ToList();
            Assert.Equal(descending.OrderDescending(), descending);
            Assert.Equal(46000d, descending[0]);

            // Filtering by side hides the other side's rows.
            await page.SelectOptionAsync("#filter-side", "sdf");
            var sdf = await VisibleRows(page);
            Assert.NotEmpty(sdf);
            Assert.True(sdf.Count < total);
            Assert.All(sdf, r => Assert.Equal("sdf", r.Side));
            Assert.Contains($"Showing {sdf.Count} of {total} claims", await page.TextContentAsync("#claims-count"));
            await page.SelectOptionAsync("#filter-metric", "killed");
            Assert.All(await VisibleRows(page), r => Assert.Equal("sdf", r.Side));
            Assert.Equal(2, (await VisibleRows(page)).Count);

            var shot = Path.Combine(AppContext.BaseDirectory, "artifacts", "report.png");
            Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
            Assert.True(new FileInfo(shot).Length > 10_000);
            output.WriteLine("screenshot: " + shot);
        });

    [RequiresChromiumFact]
    public Task Arabic_evidence_renders_right_to_left_and_the_phone_layout_has_no_page_wide_scroll() => WithReport(390, 844, async (page, url) =>
        {
            await page.GotoAsync(url);
            var direction = await page.EvalOnSelectorAsync<string>("#claim-000-health-killed td[lang=ar]", "td => getComputedStyle(td).direction");
            Assert.Equal("rtl", direction);
            // Wide tables scroll inside their own box; the page itself fits the phone's width.
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"page is {overflow}px wider than the viewport");
            var shot = Path.Combine(AppContext.BaseDirectory, "artifacts", "report-phone.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = false });
            output.WriteLine("screenshot: " + shot);
        });
}
