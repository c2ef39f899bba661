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
        var words = c.Words;
        var document = c.Documents[claim.Document];
        var statement = c.Model.StatementOf(a);
        var id = "claim-" + claim.Id;
        var figure = a.Range is { } range ? c.Figure(range, a.Metric.Unit) : Markup.Of($"<span class=\"muted\">{words.MentionedNoFigure}</span>");
        w.Line($"<article class=\"claim\" id=\"{id}\" aria-labelledby=\"{id}-h\" data-side=\"{a.Side.Wire()}\" data-metric=\"{claim.Metric}\" data-low=\"{ReportContext.Number(a.Range?.Low ?? -1)}\" data-order=\"{order}\" data-source=\"{words.SourceName(a.Source)}\" data-document=\"{claim.Document}\">");
        w.Line($"<h3 id=\"{id}-h\"><span class=\"figure\">{figure}</span> <span class=\"metric\">{words.Metric(a.Metric)}</span>{ChangesBox.Mark(c, claim.Id)}</h3>");
        w.Line($"<p class=\"meta\"><span>{c.Side(a.Side)}</span> <span>{c.SourceName(a.Source)}</span> <span>{words.AboutGroup(claim.Affected)}</span>{Qualifier(c, claim.Qualifier)}</p>");
        // A claim quoted from a rendering in another language than the page's: where its statement
        // was also carried by an original in the page's language, those words come first.
        var quoted = c.Model.QuotationOf(statement);
        if (document.Language != words.Code && quoted.Document.Language == words.Code && quoted.Document.Id != document.Id)
        {
            w.Line($"<p class=\"label\">{c.Text(words.InTheOriginal(words.DocumentTitle(quoted.Document)))}</p>");
            w.Line(ReportContext.Blockquote(quoted.Claim.Claim.Evidence, quoted.Document, "original"));
            w.Line($"<p class=\"label\">{words.InTheRendering(document.Language)}</p>");
        }
        w.Line(ReportContext.Blockquote(claim.Evidence, document, "evidence"));
        w.Line(c.Gloss(claim.EvidenceEn));
        if (words.NoteOf(claim) is { } note) w.Line($"<p class=\"note-text\"><span class=\"label\">{words.Note}</span> {c.Text(note)}</p>");
        var witnesses = words.Witnesses(statement.IndependentDocuments, c.RenderingLanguages(statement));
        var incident = c.Incidents[claim.Incident];
        w.Line($"<p class=\"facts\"><span>{words.ClaimFact("claim")} {ReportContext.Id(claim.Id)}</span> <span>{words.ClaimFact("document")}: {c.Citation(document)} {ReportContext.Id(claim.Document)}</span> <span>{words.ClaimFact("incident")}: {IncidentLink(c, incident)}</span> <span>{words.CarriedBy}: {witnesses}</span></p>");
        w.Line($"</article>");
    }

    /// <summary>The incident's label, linked to its row when the incidents section lists it.</summary>
    private static Markup IncidentLink(ReportContext c, Incident incident) => c.IsListedIncident(incident.Id)
        ? Markup.Of($"<a href=\"#incident-{incident.Id}\">{c.Text(c.Words.IncidentLabel(incident))}</a>")
        : c.Text(c.Words.IncidentLabel(incident));

    /// <summary>How the text hedges the figure, where the figure's own words do not already say it ("more than 46,000" does).</summary>
    private static Markup Qualifier(ReportContext c, Qualifier qualifier) => qualifier is Model.Qualifier.MoreThan or Model.Qualifier.AtLeast or Model.Qualifier.Unquantified
        ? Markup.Empty
        : Markup.Of($" <span>{c.Words.Qualifier(qualifier)}</span>");
}
