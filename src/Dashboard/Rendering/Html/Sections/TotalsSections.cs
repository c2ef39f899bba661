using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Html.Sections;

/// <summary>Each side's totals, metric by metric.</summary>
internal sealed class BySideSection : IReportSection
{
    public string Id => "by-side";

    public void Write(HtmlWriter w, ReportContext c)
    {
        var sides = c.SidesPresent.ToList();
        w.OpenSection(Id, c.Words.Heading(Id));
        w.Line($"<p>{c.Words.BySideIntro}</p>");
        w.Line($"<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">{c.Words.MetricHeader}</th>");
        foreach (var side in sides) w.Line($"<th scope=\"col\" class=\"num\">{c.Side(side)}</th>");
        w.Line($"</tr></thead><tbody>");
        foreach (var h in c.Model.Headlines)
        {
            w.Write($"<tr><th scope=\"row\">{c.Words.Metric(h.Metric)}</th>");
            foreach (var side in sides) w.Write($"{Cell(c, h.For(side), h.Metric)}");
            w.Line($"</tr>");
        }
        w.Line($"</tbody></table></div>");
        w.CloseSection();
    }

    /// <summary>A total's cell, with its claims in the tooltip.</summary>
    public static Markup Cell(ReportContext c, Total? total, Metric metric) => total is null
        ? Markup.Of($"<td class=\"num muted\">–</td>")
        : Markup.Of($"<td class=\"num\" title=\"{c.Words.ClaimsTooltip(c.ClaimList(total.ClaimIds))}\">{c.Figure(total.Range, metric.Unit)}</td>");
}

/// <summary>Each source's totals, with its side and kind, named in the edition's language.</summary>
internal sealed class BySourceSection : IReportSection
{
    public string Id => "by-source";

    public void Write(HtmlWriter w, ReportContext c)
    {
        var totals = c.Model.TotalsOf(GroupKind.Source).ToDictionary(t => (t.Key, t.Metric));
        w.OpenSection(Id, c.Words.Heading(Id));
        w.Write($"<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">{c.Words.SourceHeader}</th><th scope=\"col\">{c.Words.SideHeader}</th><th scope=\"col\">{c.Words.KindHeader}</th>");
        foreach (var m in c.Model.Dataset.Metrics) w.Write($"<th scope=\"col\" class=\"num\">{c.Words.Metric(m)}</th>");
        w.Line($"</tr></thead><tbody>");
        var claimsPerSource = c.Model.ClaimsPerSource;
        var shown = ReportContext.MostClaims(c.Model.Dataset.Sources, s => claimsPerSource.GetValueOrDefault(s.Id));
        foreach (var s in shown)
        {
            // The other language's name too: a reader checking a source meets it in both.
            var other = c.Words.Code == "en" ? c.Foreign(s.NameAr, "ar") : c.Foreign(s.Name, "en");
            w.Write($"<tr data-side=\"{s.Side.Wire()}\"><th scope=\"row\">{c.SourceName(s)}<br><span class=\"muted\">{other}</span></th>");
            w.Write($"<td>{c.Side(s.Side)}</td><td>{c.Words.SourceKind(s.Kind)}</td>");
            foreach (var m in c.Model.Dataset.Metrics) w.Write($"{BySideSection.Cell(c, totals.GetValueOrDefault((s.Id, m.Id)), m)}");
            w.Line($"</tr>");
        }
        w.Line($"</tbody></table></div>");
        w.Line($"{c.Shown(shown.Count, c.Model.Dataset.Sources.Length, Words.Noun.Source, c.Words.MostClaimsFirst, "figures.xlsx")}");
        w.CloseSection();
    }
}
