using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Html.Sections;

/// <summary>
/// Every claim as an entry: the figure, metric, side and source on one line, then the quotation
/// across the full width (original words first, then the English gloss), then where it sits. No
/// column holds the words, so nothing pushes them out of view on a wide screen or a phone. The
/// script filters by side and metric and reorders the entries; without it, all are shown in order.
/// </summary>
internal sealed class ClaimsSection : IReportSection
{
    public string Id => "claims";

    public void Write(HtmlWriter w, ReportContext c)
    {
        var words = c.Words;
        var labels = words.FilterLabels;
        w.OpenSection(Id, words.Heading(Id));
        w.Line($"<p>{words.ClaimsIntro}</p>");
        w.Line($"<div class=\"filters\" id=\"claims-filters\" hidden>");
        w.Line($"<label for=\"filter-side\">{labels[0]}<select id=\"filter-side\"><option value=\"\">{labels[1]}</option>");
        foreach (var side in c.SidesPresent) w.Line($"<option value=\"{side.Wire()}\">{words.Side(side)}</option>");
        w.Line($"</select></label>");
        w.Line($"<label for=\"filter-metric\">{labels[2]}<select id=\"filter-metric\"><option value=\"\">{labels[3]}</option>");
        foreach (var m in c.MetricsPresent) w.Line($"<option value=\"{m.Id}\">{words.Metric(m)}</option>");
        w.Line($"</select></label>");
        w.Line($"<label for=\"claims-order\">{labels[4]}<select id=\"claims-order\">");
        foreach (var (value, label) in words.Orders) w.Line($"<option value=\"{value}\">{label}</option>");
        w.Line($"</select></label>");
        w.Line($"<p id=\"claims-count\" role=\"status\" class=\"muted\" data-template=\"{words.CountTemplate}\"></p>");
        w.Line($"</div>");
        w.Line($"<div id=\"claims-list\">");
        var rows = c.ListedClaims;
        for (var i = 0; i < rows.Count; i++) Entry(w, c, rows[i].Claim, rows[i].Order);
        w.Line($"</div>");
        w.Line($"{c.Shown(rows.Count, c.Model.Claims.Length, Words.Noun.Claim, words.MostCarriedFirst, "figures.xlsx, claims.csv")}");
        w.CloseSection();
    }

    private static void Entry(HtmlWriter w, ReportContext c, AnalysedClaim a, int order)
    {
        var claim = a.Claim;
        var document = c.Documents[claim.Document];
        var statement = c.Model.StatementOf(a);
        var id = "claim-" + claim.Id;
        var dir = document.Language == "ar" ? "rtl" : "ltr";
        var facts = c.Words.ClaimFacts;
        w.Line($"<article class=\"claim\" id=\"{id}\" aria-labelledby=\"{id}-h\" data-side=\"{a.Side.Wire()}\" data-metric=\"{claim.Metric}\" data-low=\"{ReportContext.Number(a.Range?.Low ?? -1)}\" data-order=\"{order}\" data-source=\"{c.Words.SourceName(a.Source)}\" data-document=\"{claim.Document}\">");
        w.Line($"<h3 id=\"{id}-h\"><span class=\"figure\">{(a.Range is { } range ? ReportContext.Figure(range, a.Metric.Unit) : Markup.Of($"<span class=\"muted\">{c.Words.MentionedNoFigure}</span>"))}</span> <span class=\"metric\">{c.Words.Metric(a.Metric)}</span>{ChangesBox.Mark(c, claim.Id)}</h3>");
        w.Line($"<p class=\"meta\"><span>{c.Side(a.Side)}</span> <span>{c.SourceName(a.Source)}</span> <span>{c.Words.About(c.Words.Affected(claim.Affected))}</span> <span>{c.Words.Qualifier(claim.Qualifier)}</span></p>");
        w.Line($"<blockquote class=\"evidence\" lang=\"{document.Language}\" dir=\"{dir}\"><p>{claim.Evidence}</p></blockquote>");
        w.Line($"<p class=\"gloss\"><span class=\"label\">{c.Words.Gloss}</span> <span lang=\"en\" dir=\"ltr\">{claim.EvidenceEn}</span></p>");
        if (claim.Note is { } note) w.Line($"<p class=\"note-text\"><span class=\"label\">{c.Words.Note}</span> <span lang=\"en\" dir=\"ltr\">{note}</span></p>");
        var witnesses = c.Words.Witnesses(statement.IndependentDocuments, c.RenderingLanguages(statement));
        w.Line($"<p class=\"facts\"><span>{facts[0]} {ReportContext.Id(claim.Id)}</span> <span>{facts[1]} {ReportContext.Id(claim.Document)}</span> <span>{facts[2]} {ReportContext.Id(claim.Incident)}</span> <span>{c.Words.CarriedBy}: {witnesses}</span></p>");
        w.Line($"</article>");
    }
}
