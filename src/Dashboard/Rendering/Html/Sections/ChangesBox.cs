using Dashboard.Analysis;

namespace Dashboard.Rendering.Html.Sections;

/// <summary>
/// "Changed since the previous edition": the headline figures that moved, with links to the claims
/// that moved them, and how many claims came, went or changed. Written only when a previous edition
/// was given.
/// </summary>
internal static class ChangesBox
{
    public static void Write(HtmlWriter w, ReportContext c, EditionDiff diff)
    {
        var words = c.Words;
        w.Line($"<aside id=\"changes\" class=\"changes\" aria-labelledby=\"changes-h\">");
        w.Line($"<h2 id=\"changes-h\">{words.Heading("changes")}</h2>");
        w.Line($"<p>{words.ChangesSince(diff.Previous.Name, diff.PreviousEdition)}</p>");
        if (diff.IsEmpty)
        {
            w.Line($"<p>{words.NothingChanged}</p></aside>");
            return;
        }
        if (diff.Headlines.Count > 0)
        {
            w.Line($"<ul class=\"moved\">");
            foreach (var h in diff.Headlines)
            {
                var unit = h.Metric.Unit;
                var who = h.Side is { } side ? words.Side(side) : words.Overall;
                var before = h.Before is { } b ? c.Figure(b, unit) : Markup.Of($"{words.NoFigureMark}");
                var after = h.After is { } a ? c.Figure(a, unit) : Markup.Of($"{words.NoFigureMark}");
                // A figure can move with thousands of claims: the first few are named (linked when
                // the page lists them), the rest counted; the Changes sheet has every one.
                var links = Markup.Join(" ", h.MovedBy.Take(ReportContext.MaxIdsListed).Select(id => c.IsListed(id)
                    ? Markup.Of($"<a href=\"#claim-{id}\">{ReportContext.Id(id)}</a>")
                    : ReportContext.Id(id)));
                if (h.MovedBy.Count > ReportContext.MaxIdsListed) links = Markup.Of($"{links} {words.MoreMovedBy(h.MovedBy.Count - ReportContext.MaxIdsListed)}");
                var movedBy = h.MovedBy.Count == 0 ? Markup.Empty : Markup.Of($" <span class=\"muted\">({words.MovedBy} {links})</span>");
                w.Line($"<li><strong>{words.Metric(h.Metric)}</strong>{words.Comma}{who}: {before} {words.Arrow} {after}{movedBy}</li>");
            }
            w.Line($"</ul>");
        }
        w.Line($"<p>{words.ClaimsMoved(diff.ClaimsAdded.Count, diff.ClaimsChanged.Count, diff.ClaimsRemoved.Count)}</p>");
        if (diff.ClaimsRemoved.Count > 0)
        {
            w.Line($"<details><summary>{words.RemovedClaims}</summary><ul>");
            var removed = diff.ClaimsRemoved.Take(ReportContext.MaxListRows).ToList();
            foreach (var claim in removed) w.Line($"<li>{ReportContext.Id(claim.Id)}: <span dir=\"auto\">{c.Text(claim.Evidence)}</span></li>");
            w.Line($"</ul>{c.Shown(removed.Count, diff.ClaimsRemoved.Count, Words.Noun.Claim, words.FirstInPreviousOrder, "figures.xlsx")}</details>");
        }
        w.Line($"</aside>");
    }

    /// <summary>The mark on a claim of the list, if it is new or changed.</summary>
    public static Markup Mark(ReportContext c, string claimId)
    {
        return c.ChangeOf(claimId) switch
        {
            (true, _) => Markup.Of($" <span class=\"badge new\">{c.Words.NewMark}</span>"),
            (false, { } change) => Markup.Of($" <span class=\"badge changed\">{c.Text(c.Words.ChangedMark(change.Fields.Select(f => f.Field)))}</span>"),
            _ => Markup.Empty,
        };
    }
}
