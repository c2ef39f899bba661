using System.Globalization;
using System.Text;
using Dashboard.Analysis;
using Dashboard.Model;
using Dashboard.Rendering.Charts;

namespace Dashboard.Rendering.Html;

/// <summary>Options that are not part of the data: what else was written, and an optional build time.</summary>
/// <param name="Downloads">Sibling outputs to link to, as (relative path, description).</param>
/// <param name="GeneratedAt">Shown only when given (from SOURCE_DATE_EPOCH), so runs stay byte-identical.</param>
public sealed record ReportOptions(IReadOnlyList<(string Path, string Description)> Downloads, DateTimeOffset? GeneratedAt = null);

/// <summary>
/// <c>report.html</c>: one self-contained page. Headline tiles answer "who claims what"; charts
/// and tables below let a reader check every number against its quoted sentence.
/// </summary>
public sealed class HtmlReport(ChartGallery gallery, ReportOptions options) : IOutput
{
    /// <summary>Claims listed in the page; beyond this the page keeps the most relevant and points to the full list.</summary>
    public const int MaxClaimRows = 1000;

    /// <summary>Sources and documents listed in the page, the ones with the most claims first.</summary>
    public const int MaxListRows = 200;

    /// <inheritdoc />
    public string RelativePath => "report.html";

    /// <inheritdoc />
    public void Write(AnalysedModel model, Stream stream)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var title = Html.Text(model.Dataset.Title);
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        // Nothing may load from anywhere: no fetch, no font, no image URL; only this page's own script runs.
        w.WriteLine($"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src '{ReportScript.CspHash}'; base-uri 'none'; form-action 'none'\">");
        w.WriteLine("<meta name=\"referrer\" content=\"no-referrer\">");
        w.WriteLine($"<title>{title}</title>");
        w.WriteLine("<style>");
        w.WriteLine(ReportStyle.Css());
        w.WriteLine("</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        Header(w, model, title);
        w.WriteLine("<main>");
        Headlines(w, model);
        Charts(w, model);
        BySide(w, model);
        BySource(w, model);
        Claims(w, model);
        Method(w);
        Provenance(w, model);
        w.WriteLine("</main>");
        w.WriteLine($"<footer><p>Made with Dashboard {Html.Text(Rendering.Provenance.GeneratorVersion)} from <code>{Html.Text(model.Input.Name)}</code>. Every figure on this page is a claim, not a verified fact.</p></footer>");
        w.WriteLine("<script>" + ReportScript.Js + "</script>");
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    private static void Header(StreamWriter w, AnalysedModel model, string title)
    {
        var d = model.Dataset;
        w.WriteLine("<header>");
        w.WriteLine($"<h1>{title}</h1>");
        w.WriteLine($"<p class=\"lede\">Who claims what, and how sure anyone can be: {d.Claims.Length} figures from {d.Documents.Length} press documents, said by {d.Sources.Length} sources on {model.Claims.Select(c => c.Side).Distinct().Count()} sides. Every number below traces to a quoted sentence: the <a href=\"#claims\">claims table</a> gives each one with its original words.</p>");
        w.WriteLine("<p class=\"caveat\"><strong>Read with care.</strong> These are claims by parties to the fighting and by state media, relayed by the press. None has been verified. Where a figure is uncertain it is shown as a range; “46,000+” means “at least 46,000, with no stated upper limit”.</p>");
        w.WriteLine("<nav aria-label=\"Sections\"><ul>");
        foreach (var (id, label) in Sections) w.WriteLine($"<li><a href=\"#{id}\">{label}</a></li>");
        w.WriteLine("</ul></nav>");
        w.WriteLine("</header>");
    }

    private static readonly (string Id, string Label)[] Sections =
    [
        ("headline", "Headline figures"), ("charts", "Charts"), ("by-side", "By side"), ("by-source", "By source"),
        ("claims", "Every claim"), ("method", "Method and caveats"), ("provenance", "Sources and downloads"),
    ];

    private static void Headlines(StreamWriter w, AnalysedModel model)
    {
        w.WriteLine("<section id=\"headline\" aria-labelledby=\"headline-h\">");
        w.WriteLine("<h2 id=\"headline-h\">Headline figures</h2>");
        w.WriteLine("<div class=\"tiles\">");
        foreach (var h in model.Headlines)
        {
            var id = "tile-" + h.Metric.Id;
            w.WriteLine($"<article class=\"tile\" aria-labelledby=\"{id}\" data-metric=\"{Html.Text(h.Metric.Id)}\">");
            w.WriteLine($"<h3 id=\"{id}\">{Html.Text(h.Metric.Label)}</h3>");
            if (h.Overall is not { } overall)
            {
                w.WriteLine("<p class=\"figure\">–</p><p class=\"what\">No source in these documents gives this figure.</p></article>");
                continue;
            }
            w.WriteLine($"<p class=\"figure\">{Html.Text(overall.Range.Format(h.Metric.Unit))}</p>");
            w.WriteLine($"<p class=\"what\">{Html.Text(OverallWhat(h.Metric, overall))}</p>");
            w.WriteLine("<ul>");
            foreach (var (side, wire) in Vocabulary.Sides)
            {
                var t = h.For(side);
                if (t is null && side == Side.Independent) continue;
                var figure = t is null ? "<span class=\"muted\">no figure</span>" : $"<strong>{Html.Text(t.Range.Format(h.Metric.Unit))}</strong>";
                w.WriteLine($"<li data-side=\"{wire}\"><span><span class=\"chip side-{wire}\" aria-hidden=\"true\"></span>{Html.Text(Words.Words.English.Side(side))}</span>{figure}</li>");
            }
            w.WriteLine("</ul>");
            w.WriteLine($"<p class=\"backing\">{Count(overall.Sources, "source")} · {Count(overall.Documents, "document")} · {Count(overall.ClaimIds.Count, "claim")}</p>");
            w.WriteLine("</article>");
        }
        w.WriteLine("</div>");
        w.WriteLine("</section>");
    }

    private static string OverallWhat(Metric metric, Total overall)
    {
        var what = metric.Additive ? "All claims combined, each event counted once" : "Range of the claims (percentages are never added)";
        return overall.Range.IsOpen ? what + "; at least this many, no upper limit stated." : overall.Range.IsPoint ? what + "." : what + "; the true figure lies in this range if the claims hold.";
    }

    private void Charts(StreamWriter w, AnalysedModel model)
    {
        w.WriteLine("<section id=\"charts\" aria-labelledby=\"charts-h\">");
        w.WriteLine("<h2 id=\"charts-h\">Charts</h2>");
        w.WriteLine("<p>Solid bars run to the lowest figure claimed; the lighter part runs to the highest; an arrow means the claim sets no upper limit.</p>");
        foreach (var spec in gallery.Specs)
        {
            var id = "chart-" + spec.Name;
            w.WriteLine($"<figure id=\"{id}\" aria-labelledby=\"{id}-title\">");
            w.WriteLine(gallery.Svg(spec));
            w.WriteLine($"<figcaption><strong id=\"{id}-title\">{Html.Text(spec.Title)}</strong> ({Html.Text(spec.Units)}). {Html.Text(spec.SourceLine)} <a href=\"charts/{Html.Text(spec.Name)}.svg\">SVG</a> · <a href=\"charts/{Html.Text(spec.Name)}.png\">PNG</a></figcaption>");
            w.WriteLine("<details><summary>Show the figures as a table</summary><div class=\"table-wrap\"><table>");
            w.WriteLine($"<caption class=\"muted\">{Html.Text(spec.Description)}</caption>");
            w.WriteLine("<thead><tr><th scope=\"col\">Bar</th><th scope=\"col\" class=\"num\">Figure</th><th scope=\"col\">Claims</th></tr></thead><tbody>");
            foreach (var row in spec.Rows)
            {
                w.WriteLine($"<tr><td>{Html.Text(row.Label)}</td><td class=\"num\">{Html.Text(row.Display)}</td><td class=\"mono\">{Html.Text(ClaimList(row.ClaimIds))}</td></tr>");
            }
            w.WriteLine("</tbody></table></div></details>");
            w.WriteLine("</figure>");
        }
        w.WriteLine("</section>");
    }

    private static void BySide(StreamWriter w, AnalysedModel model)
    {
        var sides = Vocabulary.Sides.Where(s => model.Claims.Any(c => c.Side == s.Value)).ToList();
        w.WriteLine("<section id=\"by-side\" aria-labelledby=\"by-side-h\">");
        w.WriteLine("<h2 id=\"by-side-h\">Totals by side</h2>");
        w.WriteLine("<p>What each side's sources say in total, each event counted once within the side.</p>");
        w.WriteLine("<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Metric</th>");
        foreach (var (side, wire) in sides) w.WriteLine($"<th scope=\"col\" class=\"num\"><span class=\"chip side-{wire}\" aria-hidden=\"true\"></span>{Html.Text(Words.Words.English.Side(side))}</th>");
        w.WriteLine("</tr></thead><tbody>");
        foreach (var h in model.Headlines)
        {
            w.Write($"<tr><th scope=\"row\">{Html.Text(h.Metric.Label)}</th>");
            foreach (var (side, _) in sides) w.Write(Cell(h.For(side), h.Metric));
            w.WriteLine("</tr>");
        }
        w.WriteLine("</tbody></table></div>");
        w.WriteLine("</section>");
    }

    private static void BySource(StreamWriter w, AnalysedModel model)
    {
        var totals = model.TotalsOf(GroupKind.Source).ToDictionary(t => (t.Key, t.Metric));
        w.WriteLine("<section id=\"by-source\" aria-labelledby=\"by-source-h\">");
        w.WriteLine("<h2 id=\"by-source-h\">Totals by source</h2>");
        w.WriteLine("<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Side</th><th scope=\"col\">Kind</th>");
        foreach (var m in model.Dataset.Metrics) w.Write($"<th scope=\"col\" class=\"num\">{Html.Text(m.Label)}</th>");
        w.WriteLine("</tr></thead><tbody>");
        var claimsPerSource = model.ClaimsPerSource;
        var shown = MostClaims(model.Dataset.Sources, s => claimsPerSource.GetValueOrDefault(s.Id));
        foreach (var s in shown)
        {
            w.Write($"<tr data-side=\"{s.Side.Wire()}\"><th scope=\"row\">{Html.Text(s.Name)}<br><span lang=\"ar\" dir=\"rtl\">{Html.Text(s.NameAr)}</span></th>");
            w.Write($"<td><span class=\"chip side-{s.Side.Wire()}\" aria-hidden=\"true\"></span>{Html.Text(Words.Words.English.Side(s.Side))}</td><td>{Html.Text(s.Kind.Replace('_', ' '))}</td>");
            foreach (var m in model.Dataset.Metrics) w.Write(Cell(totals.GetValueOrDefault((s.Id, m.Id)), m));
            w.WriteLine("</tr>");
        }
        w.WriteLine("</tbody></table></div>");
        Shown(w, shown.Count, model.Dataset.Sources.Length, "sources", "the ones with the most claims", "the Sources and By source sheets of figures.xlsx");
        w.WriteLine("</section>");
    }

    private static void Claims(StreamWriter w, AnalysedModel model)
    {
        var languages = model.Dataset.Documents.ToDictionary(d => d.Id, d => d.Language, StringComparer.Ordinal);
        w.WriteLine("<section id=\"claims\" aria-labelledby=\"claims-h\">");
        w.WriteLine("<h2 id=\"claims-h\">Every claim</h2>");
        w.WriteLine("<p>Each row is one figure as one document reports it, with the words it stands on. Click a column header to sort.</p>");
        w.WriteLine("<div class=\"filters\" id=\"claims-filters\" hidden>");
        w.WriteLine("<label for=\"filter-side\">Side<select id=\"filter-side\"><option value=\"\">All sides</option>");
        foreach (var (side, wire) in Vocabulary.Sides.Where(s => model.Claims.Any(c => c.Side == s.Value))) w.WriteLine($"<option value=\"{wire}\">{Html.Text(Words.Words.English.Side(side))}</option>");
        w.WriteLine("</select></label>");
        w.WriteLine("<label for=\"filter-metric\">Metric<select id=\"filter-metric\"><option value=\"\">All metrics</option>");
        foreach (var m in model.Dataset.Metrics.Where(m => model.Claims.Any(c => c.Claim.Metric == m.Id))) w.WriteLine($"<option value=\"{Html.Text(m.Id)}\">{Html.Text(m.Label)}</option>");
        w.WriteLine("</select></label>");
        w.WriteLine("<p id=\"claims-count\" role=\"status\" class=\"muted\"></p>");
        w.WriteLine("</div>");
        w.WriteLine("<div class=\"table-wrap\"><table id=\"claims-table\"><thead><tr>");
        foreach (var (label, type) in ClaimColumns) w.Write($"<th scope=\"col\"{(type == "number" ? " class=\"num\" data-type=\"number\"" : "")}><button type=\"button\">{label}</button></th>");
        w.WriteLine("</tr></thead><tbody>");
        var rows = RelevantClaims(model);
        foreach (var a in rows)
        {
            var c = a.Claim;
            var lang = languages[c.Document];
            var dir = lang == "ar" ? "rtl" : "ltr";
            w.Write($"<tr id=\"claim-{Html.Text(c.Id)}\" data-side=\"{a.Side.Wire()}\" data-metric=\"{Html.Text(c.Metric)}\">");
            w.Write($"<td class=\"mono\">{Html.Text(c.Id)}</td>");
            w.Write($"<td>{Html.Text(a.Metric.Label)}</td>");
            w.Write($"<td class=\"num\" data-sort=\"{a.Range.Low.ToString("R", CultureInfo.InvariantCulture)}\">{Html.Text(a.Range.Format(a.Metric.Unit))}<br><span class=\"muted\">{Html.Text(c.Qualifier.Wire().Replace('_', ' '))}</span></td>");
            w.Write($"<td data-sort=\"{a.Side.Wire()}\"><span class=\"chip side-{a.Side.Wire()}\" aria-hidden=\"true\"></span>{Html.Text(Words.Words.English.Side(a.Side))}</td>");
            w.Write($"<td>{Html.Text(a.Source.Name)}</td>");
            w.Write($"<td>{Html.Text(Words.Words.English.Affected(c.Affected))}</td>");
            w.Write($"<td class=\"mono\">{Html.Text(c.Incident)}</td>");
            w.Write($"<td class=\"num\" data-sort=\"{model.CorroborationOf(a)}\">{model.CorroborationOf(a)}</td>");
            w.Write($"<td class=\"mono\">{Html.Text(c.Document)}</td>");
            w.Write($"<td lang=\"{Html.Text(lang)}\" dir=\"{dir}\">{Html.Text(c.Evidence)}</td>");
            w.Write($"<td class=\"gloss\">{Html.Text(c.EvidenceEn)}{(c.Note is null ? "" : $"<br><em>Note: {Html.Text(c.Note)}</em>")}</td>");
            w.WriteLine("</tr>");
        }
        w.WriteLine("</tbody></table></div>");
        Shown(w, rows.Count, model.Claims.Length, "claims", "those carried by the most documents, then the largest figures", "figures.xlsx and claims.csv");
        w.WriteLine("</section>");
    }

    private static readonly (string Label, string Type)[] ClaimColumns =
    [
        ("Claim", "text"), ("Metric", "text"), ("Figure", "number"), ("Side", "text"), ("Source", "text"), ("About", "text"),
        ("Incident", "text"), ("Documents carrying it", "number"), ("Document", "text"), ("Evidence (original)", "text"), ("English gloss", "text"),
    ];

    private static void Method(StreamWriter w)
    {
        w.WriteLine("<section id=\"method\" aria-labelledby=\"method-h\">");
        w.WriteLine("<h2 id=\"method-h\">Method and caveats</h2>");
        w.WriteLine("""
            <p>A <strong>claim</strong> is one figure, said by one source, in one document: “the Health Directorate says 8 were injured”, as document 000 reports it. The same statement carried by two documents is two claims.</p>
            <p>A <strong>statement</strong> is what one source says about one metric of one event. Claims with the same source, metric and event are one statement and are counted once; the number of documents carrying it shows how widely it was relayed, not whether it is true.</p>
            <p>An <strong>incident</strong> is one event or one toll. When two sources give different figures for the same incident, its range runs from the lowest to the highest, so disagreement shows instead of being averaged away.</p>
            <p><strong>Ranges.</strong> “8” is 8; “more than 46,000” and “at least 4” are open above (46,000+, 4+); “up to 30” runs from 0 to 30; a word such as “dozens” (عشرات) is coded as at least 20 with no upper limit, the smallest value any reading of the word allows.</p>
            <p><strong>Totals</strong> add the ranges of separate incidents. A cumulative toll often already counts earlier casualties: where the text says a toll includes an event, the event adds nothing; where the text leaves it open, the total runs from the larger of the two figures to their sum. Percentages are never added. Every total lists the claims it was built from (see <code>aggregates.json</code>).</p>
            <p><strong>Caveats.</strong> Every figure here comes from a party to the fighting or from state media, relayed by five press documents; none is independently verified. The documents give few dates, so figures from different days cannot be placed on a timeline. “About” says who a figure concerns only where the text says so; most casualty figures do not say whether the dead and injured were civilians or fighters.</p>
            """);
        w.WriteLine("</section>");
    }

    private void Provenance(StreamWriter w, AnalysedModel model)
    {
        w.WriteLine("<section id=\"provenance\" aria-labelledby=\"provenance-h\">");
        w.WriteLine("<h2 id=\"provenance-h\">Sources, downloads and provenance</h2>");
        w.WriteLine("<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Language</th><th scope=\"col\">Outlet</th><th scope=\"col\" class=\"num\">Claims</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>");
        var claimsPerDocument = model.ClaimsPerDocument;
        var documents = MostClaims(model.Dataset.Documents, d => claimsPerDocument.GetValueOrDefault(d.Id));
        foreach (var d in documents)
        {
            var outlet = d.Outlet is null ? "<span class=\"muted\">not named in the text</span>" : Html.Text(d.Outlet);
            var count = claimsPerDocument.GetValueOrDefault(d.Id);
            w.WriteLine($"<tr><td class=\"mono\">{Html.Text(d.Id)}</td><td>{Html.Text(d.Language)}</td><td>{outlet}</td><td class=\"num\">{count}</td><td class=\"mono\">{Html.Text(d.Sha256)}</td></tr>");
        }
        w.WriteLine("</tbody></table></div>");
        Shown(w, documents.Count, model.Dataset.Documents.Length, "documents", "the ones with the most claims", "the Documents sheet of figures.xlsx");
        w.WriteLine("<h3>Downloads</h3><ul>");
        foreach (var (path, description) in options.Downloads) w.WriteLine($"<li><a href=\"{Html.Text(path)}\">{Html.Text(path)}</a>: {Html.Text(description)}</li>");
        w.WriteLine("</ul>");
        w.WriteLine("<h3>How this page was made</h3><ul>");
        w.WriteLine($"<li>Input: <code>{Html.Text(model.Input.Name)}</code>, SHA-256 <code>{Html.Text(model.Input.Sha256)}</code></li>");
        w.WriteLine($"<li>Generator: Dashboard {Html.Text(Rendering.Provenance.GeneratorVersion)}</li>");
        if (options.GeneratedAt is { } at) w.WriteLine($"<li>Generated: {at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}</li>");
        w.WriteLine("</ul>");
        w.WriteLine("</section>");
    }

    /// <summary>
    /// The claims the page lists: all of them up to <see cref="MaxClaimRows"/>; beyond, those carried by the
    /// most documents, then the largest figures, in dataset order.
    /// </summary>
    private static List<AnalysedClaim> RelevantClaims(AnalysedModel model)
    {
        if (model.Claims.Length <= MaxClaimRows) return [.. model.Claims];
        var keep = model.Claims.Select((c, i) => (c, i))
            .OrderByDescending(x => model.CorroborationOf(x.c)).ThenByDescending(x => x.c.Range.Low).ThenBy(x => x.i)
            .Take(MaxClaimRows).OrderBy(x => x.i);
        return keep.Select(x => x.c).ToList();
    }

    private static List<T> MostClaims<T>(IReadOnlyList<T> items, Func<T, int> claims) => items.Count <= MaxListRows
        ? [.. items]
        : items.Select((item, i) => (item, i)).OrderByDescending(x => claims(x.item)).ThenBy(x => x.i).Take(MaxListRows).OrderBy(x => x.i).Select(x => x.item).ToList();

    private static void Shown(StreamWriter w, int shown, int total, string what, string which, string where)
    {
        if (shown == total) return;
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<p class=\"note\" role=\"note\"><strong>Showing {shown:N0} of {total:N0} {what}</strong>: {which}. The full list is in {where}.</p>"));
    }

    private static string Cell(Total? total, Metric metric) => total is null
        ? "<td class=\"num muted\">–</td>"
        : $"<td class=\"num\" title=\"claims: {Html.Text(ClaimList(total.ClaimIds))}\">{Html.Text(total.Range.Format(metric.Unit))}</td>";

    /// <summary>Claims named in the page: their ids when few, else how many and where the ids are, so the page stays small.</summary>
    private const int MaxIdsListed = 20;

    private static string ClaimList(IReadOnlyList<string> ids) => ids.Count <= MaxIdsListed
        ? string.Join(", ", ids)
        : string.Create(CultureInfo.InvariantCulture, $"{ids.Count:N0} claims (ids in aggregates.json)");

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
