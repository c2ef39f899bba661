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
        var present = c.Model.Claims.Select(x => x.Claim.Id).ToHashSet(StringComparer.Ordinal);
        var units = c.Model.Dataset.Metrics.ToDictionary(m => m.Id, m => m.Unit, StringComparer.Ordinal);
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
                var unit = units.GetValueOrDefault(h.Metric.Id, h.Metric.Unit);
                var who = h.Side is { } side ? words.Side(side) : words.Overall;
                var before = h.Before is { } b ? ReportContext.Figure(b, unit) : Markup.Of($"{words.NoFigureMark}");
                var after = h.After is { } a ? ReportContext.Figure(a, unit) : Markup.Of($"{words.NoFigureMark}");
                var links = Markup.Join(" ", h.MovedBy.Select(id => present.Contains(id)
                    ? Markup.Of($"<a href=\"#claim-{id}\">{ReportContext.Id(id)}</a>")
                    : ReportContext.Id(id)));
                var movedBy = h.MovedBy.Count == 0 ? Markup.Empty : Markup.Of($" <span class=\"muted\">({words.MovedBy} {links})</span>");
                w.Line($"<li><strong>{words.Metric(h.Metric)}</strong>{words.Comma}{who}: {before} {words.Arrow} {after}{movedBy}</li>");
            }
            w.Line($"</ul>");
        }
        w.Line($"<p>{words.ClaimsMoved(diff.ClaimsAdded.Count, diff.ClaimsChanged.Count, diff.ClaimsRemoved.Count)}</p>");
        if (diff.ClaimsRemoved.Count > 0)
        {
            w.Line($"<details><summary>{words.RemovedClaims}</summary><ul>");
            foreach (var claim in diff.ClaimsRemoved) w.Line($"<li>{ReportContext.Id(claim.Id)}: <span dir=\"auto\">{claim.Evidence}</span></li>");
            w.Line($"</ul></details>");
        }
        w.Line($"</aside>");
    }

    /// <summary>The mark on a claim of the list, if it is new or changed.</summary>
    public static Markup Mark(ReportContext c, string claimId)
    {
        if (c.Options.Changes is not { } diff) return Markup.Empty;
        if (diff.ClaimsAdded.Any(a => a.Id == claimId)) return Markup.Of($" <span class=\"badge new\">{c.Words.NewMark}</span>");
        return diff.ChangeOf(claimId) is { } change
            ? Markup.Of($" <span class=\"badge changed\">{c.Words.ChangedMark(change.Fields.Select(f => f.Field))}</span>")
            : Markup.Empty;
    }
}
