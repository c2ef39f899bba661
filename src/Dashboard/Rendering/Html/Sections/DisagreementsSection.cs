using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Html.Sections;

/// <summary>
/// Where the sides disagree: for each metric, each side's range, whether the two can both hold and
/// the smallest gap, and beside each side's figure the quoted words it stands on (original, then gloss).
/// </summary>
internal sealed class DisagreementsSection : IReportSection
{
    /// <summary>Quotations shown per side; the rest are in the claims list.</summary>
    private const int MaxQuotations = 5;

    public string Id => "disagreements";

    public void Write(HtmlWriter w, ReportContext c)
    {
        w.OpenSection(Id, c.Words.Heading(Id));
        w.Line($"<p>{c.Words.DisagreementsIntro}</p>");
        foreach (var d in c.Disagreements)
        {
            var id = "disagreement-" + d.Metric.Id;
            var state = d.Pairs.Count == 0 ? "one-side" : d.Pairs.All(p => p.CanBothHold) ? "can-both-hold" : "cannot-both-hold";
            w.Line($"<article class=\"disagreement {state}\" id=\"{id}\" data-metric=\"{d.Metric.Id}\" aria-labelledby=\"{id}-h\">");
            w.Line($"<h3 id=\"{id}-h\">{c.Words.Metric(d.Metric)}</h3>");
            w.Line($"<p class=\"verdict\">{c.Words.Verdict(d)}</p>");
            if (d.Sides.Count > 0)
            {
                w.Line($"<div class=\"sides\">");
                foreach (var side in d.Sides) Side(w, c, d, side);
                w.Line($"</div>");
            }
            w.Line($"</article>");
        }
        w.CloseSection();
    }

    private static void Side(HtmlWriter w, ReportContext c, Disagreement d, SideFigure side)
    {
        w.Line($"<div class=\"side\" data-side=\"{side.Side.Wire()}\">");
        w.Line($"<p class=\"side-figure\"><span class=\"side-name\">{c.Side(side.Side)}</span> <strong>{ReportContext.Figure(side.Total.Range, d.Metric.Unit)}</strong></p>");
        w.Line($"<p class=\"label\">{c.Words.InTheirWords}</p>");
        foreach (var q in side.Quotations.Take(MaxQuotations)) Quotation(w, c, q);
        if (side.Quotations.Count > MaxQuotations) w.Line($"<p class=\"muted\">{c.Words.MoreInTheList(side.Quotations.Count - MaxQuotations)}</p>");
        w.Line($"</div>");
    }

    private static void Quotation(HtmlWriter w, ReportContext c, Quotation q)
    {
        var claim = q.Claim.Claim;
        var dir = q.Document.Language == "ar" ? "rtl" : "ltr";
        w.Line($"<figure class=\"quote\">");
        w.Line($"<blockquote lang=\"{q.Document.Language}\" dir=\"{dir}\"><p>{claim.Evidence}</p></blockquote>");
        w.Line($"<p class=\"gloss\" lang=\"en\" dir=\"ltr\">{claim.EvidenceEn}</p>");
        var renderings = q.Statement.Documents.Where(d => c.Documents[d].RenderingOf == q.Document.Id)
            .Select(r => Markup.Of($"{c.Words.Comma}{c.Words.AlsoRenderedIn(c.Documents[r].Language)} {ReportContext.Id(r)}"));
        w.Line($"<figcaption>{c.Words.SourceName(q.Claim.Source)}{c.Words.Comma}{c.Words.DocumentWord} {ReportContext.Id(q.Document.Id)}{Markup.Join("", renderings)} · <a href=\"#claim-{claim.Id}\">{ReportContext.Id(claim.Id)}</a></figcaption>");
        w.Line($"</figure>");
    }
}
