using System.Globalization;

namespace Dashboard.Rendering.Html.Sections;

/// <summary>The documents with their hashes, links to every other output, and how the page was made.</summary>
internal sealed class ProvenanceSection : IReportSection
{
    public string Id => "provenance";

    public void Write(HtmlWriter w, ReportContext c)
    {
        var words = c.Words;
        var h = words.DocumentHeaders;
        w.OpenSection(Id, words.Heading(Id));
        w.Line($"<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">{h[0]}</th><th scope=\"col\">{h[1]}</th><th scope=\"col\">{h[2]}</th><th scope=\"col\">{h[3]}</th><th scope=\"col\" class=\"num\">{h[4]}</th><th scope=\"col\">{h[5]}</th></tr></thead><tbody>");
        var claimsPerDocument = c.Model.ClaimsPerDocument;
        var documents = ReportContext.MostClaims(c.Model.Dataset.Documents, d => claimsPerDocument.GetValueOrDefault(d.Id));
        foreach (var d in documents)
        {
            var outlet = d.Outlet is null ? Markup.Of($"<span class=\"muted\">{words.OutletNotNamed}</span>") : Markup.Of($"{d.Outlet}");
            var renders = d.RenderingOf is { } of ? ReportContext.Id(of) : Markup.Empty;
            w.Line($"<tr><td>{ReportContext.Id(d.Id)}</td><td>{words.LanguageName(d.Language)}</td><td>{outlet}</td><td>{renders}</td><td class=\"num\">{claimsPerDocument.GetValueOrDefault(d.Id)}</td><td class=\"mono hash\" dir=\"ltr\">{d.Sha256}</td></tr>");
        }
        w.Line($"</tbody></table></div>");
        w.Line($"{c.Shown(documents.Count, c.Model.Dataset.Documents.Length, Words.Noun.Document, words.MostClaimsFirst, "figures.xlsx")}");
        w.Line($"<h3>{words.Downloads}</h3><ul class=\"downloads\">");
        foreach (var download in c.Options.Downloads)
        {
            w.Line($"<li><a href=\"{download.Path}\"><code dir=\"ltr\">{download.Path}</code></a>: {words.DownloadDescription(download.What)}</li>");
        }
        w.Line($"</ul>");
        var made = words.MadeLabels;
        w.Line($"<h3>{words.HowMade}</h3><ul>");
        w.Line($"<li>{made[0]}: <code dir=\"ltr\">{c.Model.Input.Name}</code>{words.Comma}SHA-256 <code class=\"hash\" dir=\"ltr\">{c.Model.Input.Sha256}</code></li>");
        if (c.Model.Dataset.Edition is { } edition) w.Line($"<li>{made[3]}: <bdi dir=\"ltr\">{edition}</bdi></li>");
        w.Line($"<li>{made[1]}: Dashboard <bdi dir=\"ltr\">{Provenance.GeneratorVersion}</bdi></li>");
        if (c.Options.GeneratedAt is { } at) w.Line($"<li>{made[2]}: <bdi dir=\"ltr\">{at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}</bdi></li>");
        w.Line($"</ul>");
        w.CloseSection();
    }
}
