using Dashboard.Model;

namespace Dashboard.Rendering.Html.Sections;

/// <summary>One tile per metric: the overall figure, how it was combined, each side's figure and what backs it.</summary>
internal sealed class HeadlineSection : IReportSection
{
    public string Id => "headline";

    public void Write(HtmlWriter w, ReportContext c)
    {
        w.OpenSection(Id, c.Words.Heading(Id));
        w.Line($"<div class=\"tiles\">");
        foreach (var h in c.Model.Headlines)
        {
            var id = "tile-" + h.Metric.Id;
            w.Line($"<article class=\"tile\" aria-labelledby=\"{id}\" data-metric=\"{h.Metric.Id}\">");
            w.Line($"<h3 id=\"{id}\">{c.Words.Metric(h.Metric)}</h3>");
            if (h.Overall is not { } overall)
            {
                w.Line($"<p class=\"figure\">–</p><p class=\"what\">{c.Words.NoSourceGivesIt}</p></article>");
                continue;
            }
            w.Line($"<p class=\"figure\">{ReportContext.Figure(overall.Range, h.Metric.Unit)}</p>");
            w.Line($"<p class=\"what\">{c.Words.HowCombined(h.Metric, overall.Range)}</p>");
            w.Line($"<ul>");
            foreach (var (side, wire) in Vocabulary.Sides)
            {
                var t = h.For(side);
                if (t is null && side == Side.Independent) continue;
                var figure = t is null ? Markup.Of($"<span class=\"muted\">{c.Words.NoFigure}</span>") : Markup.Of($"<strong>{ReportContext.Figure(t.Range, h.Metric.Unit)}</strong>");
                w.Line($"<li data-side=\"{wire}\"><span>{c.Side(side)}</span>{figure}</li>");
            }
            w.Line($"</ul>");
            w.Line($"<p class=\"backing\">{c.Words.TileBacking(overall)}</p>");
            w.Line($"</article>");
        }
        w.Line($"</div>");
        w.CloseSection();
    }
}
