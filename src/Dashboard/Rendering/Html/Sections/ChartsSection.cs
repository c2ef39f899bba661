namespace Dashboard.Rendering.Html.Sections;

/// <summary>The charts, inline SVG, each with a caption, links to its files and a table of its figures.</summary>
internal sealed class ChartsSection : IReportSection
{
    public string Id => "charts";

    public void Write(HtmlWriter w, ReportContext c)
    {
        w.OpenSection(Id, c.Words.Heading(Id));
        w.Line($"<p>{c.Words.ChartsIntro}</p>");
        var headers = c.Words.ChartTableHeaders;
        foreach (var spec in c.Gallery.Specs)
        {
            var id = "chart-" + spec.Name;
            w.Line($"<figure id=\"{id}\" aria-labelledby=\"{id}-title\">");
            w.Line(new Markup(c.Gallery.Svg(spec)));
            w.Line($"<figcaption><strong id=\"{id}-title\">{spec.Title}</strong> ({spec.Units}). {c.Text(spec.SourceLine)} <a href=\"{spec.SvgPath}\" lang=\"en\" dir=\"ltr\">SVG</a> · <a href=\"{spec.PngPath}\" lang=\"en\" dir=\"ltr\">PNG</a></figcaption>");
            w.Line($"<details><summary>{c.Words.ShowAsTable}</summary><div class=\"table-wrap\"><table>");
            w.Line($"<caption class=\"muted\">{spec.Description}</caption>");
            w.Line($"<thead><tr><th scope=\"col\">{headers[0]}</th><th scope=\"col\" class=\"num\">{headers[1]}</th><th scope=\"col\">{headers[2]}</th></tr></thead><tbody>");
            foreach (var row in spec.Rows)
            {
                w.Line($"<tr><td>{c.Text(row.Label)}</td><td class=\"num\">{c.Figure(row.Range, row.Unit)}</td><td>{c.ClaimIdList(row.ClaimIds)}</td></tr>");
            }
            w.Line($"</tbody></table></div></details>");
            w.Line($"</figure>");
        }
        w.CloseSection();
    }
}
