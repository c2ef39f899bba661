using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Html.Sections;

/// <summary>
/// Contested accounts: the questions the sides answer differently, each with each side's quoted
/// position; the harm each side's sources blame on the other; and figures about the same people
/// compared (or the one line saying none conflict). Two sides' tolls are never set against each
/// other: they count different people.
/// </summary>
internal sealed class ContestedSection : IReportSection
{
    /// <summary>Quotations shown per attribution row, figures and mentions each; the rest are in the claims list.</summary>
    private const int MaxQuotations = 5;

    /// <summary>Questions the page lists; a dataset with more keeps the first and points to aggregates.json.</summary>
    public const int MaxContentions = 20;

    /// <summary>Positions quoted per side of a question.</summary>
    public const int MaxPositionsPerSide = 10;

    /// <summary>Comparisons the page lists, conflicts first.</summary>
    public const int MaxComparisons = 50;

    public string Id => "contested";

    public void Write(HtmlWriter w, ReportContext c)
    {
        w.OpenSection(Id, c.Words.Heading(Id));
        w.Line($"<p>{c.Words.ContestedIntro}</p>");
        Contentions(w, c);
        Attribution(w, c);
        SamePeople(w, c);
        w.CloseSection();
    }

    private static void Contentions(HtmlWriter w, ReportContext c)
    {
        var all = c.Model.Contentions;
        if (all.Count == 0) return;
        w.Line($"<h3 id=\"contentions\">{c.Words.ContestedPart("contentions")}</h3>");
        foreach (var view in all.Take(MaxContentions))
        {
            var id = "contention-" + view.Contention.Id;
            w.Line($"<article class=\"contention\" id=\"{id}\" aria-labelledby=\"{id}-h\">");
            w.Line($"<h4 id=\"{id}-h\">{c.Text(c.Words.Question(view.Contention))}</h4>");
            // A curator's note on a one-sided question says so in its own words; the stock line is for the rest.
            var note = c.Words.NoteOf(view.Contention);
            if (view.OneSided && note is null) w.Line($"<p class=\"muted one-sided\">{c.Words.OneSided(view.Sides[0])}</p>");
            if (note is not null) w.Line($"<p class=\"note-text\">{c.Text(note)}</p>");
            w.Line($"<div class=\"sides\">");
            foreach (var side in view.Sides)
            {
                w.Line($"<div class=\"side\" data-side=\"{side.Wire()}\">");
                w.Line($"<p class=\"side-name\">{c.Side(side)}</p>");
                var positions = view.Of(side);
                foreach (var p in positions.Take(MaxPositionsPerSide)) Position(w, c, p);
                w.Line($"{c.Shown(Math.Min(positions.Count, MaxPositionsPerSide), positions.Count, Words.Noun.Position, c.Words.FirstInDatasetOrder, "aggregates.json")}");
                w.Line($"</div>");
            }
            w.Line($"</div>");
            w.Line($"</article>");
        }
        w.Line($"{c.Shown(Math.Min(all.Count, MaxContentions), all.Count, Words.Noun.Question, c.Words.FirstInDatasetOrder, "aggregates.json")}");
    }

    /// <summary>A position: its stance, the original words, the gloss, then who said them in which document (a caption ends its figure).</summary>
    private static void Position(HtmlWriter w, ReportContext c, PositionView p)
    {
        var stance = p.Position.Stance.Wire();
        w.Line($"<figure class=\"quote position\" id=\"position-{p.Position.Id}\" data-stance=\"{stance}\">");
        w.Line($"<p class=\"stance stance-{stance}\">{c.Words.Stance(p.Position.Stance)}</p>");
        w.Line(ReportContext.Blockquote(p.Position.Evidence, p.Document));
        w.Line(c.Gloss(p.Position.EvidenceEn));
        w.Line($"<figcaption>{c.SourceName(p.Source)}{c.Words.Comma}{c.Citation(p.Document)}</figcaption>");
        w.Line($"</figure>");
    }

    private static void Attribution(HtmlWriter w, ReportContext c)
    {
        var rows = c.Model.Attribution;
        if (rows.Length == 0) return;
        w.Line($"<h3 id=\"attribution\">{c.Words.ContestedPart("attribution")}</h3>");
        w.Line($"<p>{c.Words.AttributionIntro}</p>");
        w.Line($"<div class=\"table-wrap\"><table class=\"attribution\">");
        w.Line($"<thead><tr><th scope=\"col\">{c.Words.AttributionHeader("who")}</th><th scope=\"col\">{c.Words.AttributionHeader("metric")}</th><th scope=\"col\" class=\"num\">{c.Words.AttributionHeader("figure")}</th></tr></thead>");
        w.Line($"<tbody>");
        // The accusations across the front line first, then harm whose cause is not named.
        foreach (var row in rows.OrderBy(r => r.BlamesOtherSide ? 0 : 1))
        {
            var figure = row.Total is { } t ? c.Figure(t.Range, row.Metric.Unit) : Markup.Of($"<span class=\"muted\">{c.Words.MentionedNoFigure}</span>");
            var key = Markup.Of($"data-claimant=\"{row.ClaimantSide.Wire()}\" data-blamed=\"{row.Blamed.Wire()}\" data-metric=\"{row.Metric.Id}\"");
            w.Line($"<tr class=\"figure-row\" {key}>");
            w.Line($"<th scope=\"row\"><span class=\"chip side-{row.ClaimantSide.Wire()}\" aria-hidden=\"true\"></span>{c.Words.Blames(row.ClaimantSide, row.Blamed)}</th>");
            w.Line($"<td>{c.Words.Metric(row.Metric)}</td>");
            w.Line($"<td class=\"num\" title=\"{c.Words.ClaimsTooltip(row.ClaimCount <= ReportContext.MaxIdsListed ? c.ClaimList(row.ClaimIds) : c.Words.ManyClaims(row.ClaimCount))}\">{figure}</td>");
            w.Line($"</tr>");
            // The words get a row of their own across the table, so on a phone they have the full width.
            w.Line($"<tr class=\"words\" {key}><td colspan=\"3\">");
            w.Line($"<p class=\"label\">{c.Words.AttributionHeader("words")}</p>");
            foreach (var q in row.Quotations.Take(MaxQuotations)) w.Line(c.Quotation(q));
            if (row.Quotations.Count > MaxQuotations) w.Line($"<p class=\"muted\">{c.Words.MoreInTheList(row.Quotations.Count - MaxQuotations)}</p>");
            if (row.Mentions.Count > 0)
            {
                // Harm named without a number still belongs to the accusation, under its own label.
                w.Line($"<p class=\"mention-label\">{c.Words.MentionedNoFigure}</p>");
                foreach (var q in row.Mentions.Take(MaxQuotations)) w.Line(c.Quotation(q, "mention"));
                if (row.Mentions.Count > MaxQuotations) w.Line($"<p class=\"muted\">{c.Words.MoreInTheList(row.Mentions.Count - MaxQuotations)}</p>");
            }
            w.Line($"</td></tr>");
        }
        w.Line($"</tbody></table></div>");
    }

    private static void SamePeople(HtmlWriter w, ReportContext c)
    {
        w.Line($"<h3 id=\"same-people\">{c.Words.ContestedPart("same-people")}</h3>");
        w.Line($"<p>{c.Words.SamePeopleIntro}</p>");
        var comparisons = c.Model.Comparisons;
        if (!comparisons.Any(x => x.Conflict)) w.Line($"<p class=\"verdict no-conflict\" id=\"no-conflict\">{c.Words.NoConflicts}</p>");
        if (comparisons.Count == 0) return;
        w.Line($"<ul class=\"comparisons\">");
        var shown = comparisons.OrderBy(x => x.Conflict ? 0 : 1).Take(MaxComparisons).ToList();
        foreach (var x in shown)
        {
            var kind = x.Kind switch { ComparisonKind.SameIncident => "same-incident", ComparisonKind.Includes => "includes", _ => "may-include" };
            w.Line($"<li class=\"comparison {kind}{(x.Conflict ? " conflict" : "")}\" data-metric=\"{x.Metric.Id}\" data-first=\"{x.First.Incident.Id}\" data-second=\"{x.Second.Incident.Id}\">{c.Text(c.Words.Compared(x))}</li>");
        }
        w.Line($"</ul>");
        w.Line($"{c.Shown(shown.Count, comparisons.Count, Words.Noun.Comparison, c.Words.ConflictsFirst, "aggregates.json")}");
    }
}
