using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Html.Sections;

/// <summary>
/// One tile per metric, led by each side's figure and the sources that give it. Harm mentioned
/// with no number sits under its side as "mentioned, no figure", with its words. Where two or more
/// sides give a figure the tile also shows them added, labelled as a sum no source states, with the
/// reason it may be made.
/// </summary>
internal sealed class HeadlineSection : IReportSection
{
    /// <summary>Mentions quoted per side in a tile; the rest are in the claims list.</summary>
    private const int MaxMentions = 3;

    public string Id => "headline";

    public void Write(HtmlWriter w, ReportContext c)
    {
        w.OpenSection(Id, c.Words.Heading(Id));
        w.Line($"<div class=\"tiles\">");
        foreach (var h in c.Model.Headlines) Tile(w, c, h);
        w.Line($"</div>");
        w.CloseSection();
    }

    private static void Tile(HtmlWriter w, ReportContext c, Headline h)
    {
        var id = "tile-" + h.Metric.Id;
        var words = c.Words;
        w.Line($"<article class=\"tile\" aria-labelledby=\"{id}\" data-metric=\"{h.Metric.Id}\">");
        w.Line($"<h3 id=\"{id}\">{words.Metric(h.Metric)}</h3>");
        // Each side's mentions, quoted once for the check and the list below.
        var mentionsBySide = Vocabulary.Sides.ToDictionary(s => s.Value, s => c.MentionsOf(h.Metric, s.Value));
        var mentioned = mentionsBySide.Values.Any(m => m.Count > 0);
        if (h.Overall is null && !mentioned)
        {
            w.Line($"<p class=\"what\">{words.NoSourceGivesIt}</p></article>");
            return;
        }
        w.Line($"<ul class=\"sides\">");
        foreach (var (side, wire) in Vocabulary.Sides)
        {
            var total = h.For(side);
            var mentions = mentionsBySide[side];
            if (total is null && mentions.Count == 0)
            {
                // Independent sources are not a party: their silence is not news.
                if (side != Side.Independent) w.Line($"<li data-side=\"{wire}\" class=\"no-figure\"><span class=\"chip side-{wire}\" aria-hidden=\"true\"></span><span class=\"muted\">{words.NoFigureFrom(side)}</span></li>");
                continue;
            }
            w.Line($"<li data-side=\"{wire}\">");
            w.Line($"<p class=\"side-name\">{c.Side(side)}</p>");
            if (total is not null)
            {
                w.Line($"<p class=\"figure\">{c.Figure(total.Range, h.Metric.Unit)}</p>");
                w.Line($"<p class=\"who\">{words.ClaimedBy} {c.SourcesOf(total)}</p>");
            }
            if (mentions.Count > 0)
            {
                w.Line($"<div class=\"mentions\"><p class=\"mention-label\">{words.MentionedNoFigure}</p>");
                foreach (var q in mentions.Take(MaxMentions)) w.Line(c.Quotation(q, "mention"));
                if (mentions.Count > MaxMentions) w.Line($"<p class=\"muted\">{words.MoreInTheList(mentions.Count - MaxMentions)}</p>");
                w.Line($"</div>");
            }
            w.Line($"</li>");
        }
        w.Line($"</ul>");
        var figured = h.BySide.Count;
        if (h.Overall is { } overall && figured >= 2)
        {
            w.Line($"<div class=\"combined\">");
            w.Line($"<p><span class=\"combined-label\">{words.CombinedLabel(figured)}:</span> <strong>{c.Figure(overall.Range, h.Metric.Unit)}</strong></p>");
            w.Line($"<p class=\"what\">{words.CombinedWhy(h.Metric, BlamedOnEachOther(c.Model, h.Metric))}</p>");
            w.Line($"<p class=\"backing\">{words.TileBacking(overall)}</p>");
            w.Line($"</div>");
        }
        else if (h.Overall is { } only)
        {
            w.Line($"<p class=\"backing\">{words.TileBacking(only)}</p>");
        }
        w.Line($"</article>");
    }

    /// <summary>True when every side's figure for the metric is harm its sources blame on another side: the figures count different people.</summary>
    private static bool BlamedOnEachOther(AnalysedModel model, Metric metric)
    {
        var rows = model.Attribution.Where(r => r.Metric.Id == metric.Id && r.Total is not null).ToList();
        return metric.Additive && rows.Count >= 2 && rows.All(r => r.BlamesOtherSide);
    }
}
