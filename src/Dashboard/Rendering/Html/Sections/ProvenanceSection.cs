using System.Globalization;

namespace Dashboard.Rendering.Html.Sections;

/// <summary>
/// The documents by title, with their file ids, what each text says about when it was written (in
/// its own words) and their hashes; links to every other output; and how the page was made.
/// </summary>
internal sealed class ProvenanceSection : IReportSection
{
    public string Id => "provenance";

    public void Write(HtmlWriter w, ReportContext c)
    {
        var words = c.Words;
        w.OpenSection(Id, words.Heading(Id));
        w.Line($"<div class=\"table-wrap\"><table class=\"documents\"><thead><tr><th scope=\"col\">{words.DocumentHeader("document")}</th><th scope=\"col\">{words.DocumentHeader("id")}</th><th scope=\"col\">{words.DocumentHeader("language")}</th><th scope=\"col\">{words.DocumentHeader("outlet")}</th><th scope=\"col\">{words.DocumentHeader("reported")}</th><th scope=\"col\">{words.DocumentHeader("renders")}</th><th scope=\"col\" class=\"num\">{words.DocumentHeader("claims")}</th><th scope=\"col\">{c.Text(words.DocumentHeader("sha256"))}</th></tr></thead><tbody>");
        var claimsPerDocument = c.Model.ClaimsPerDocument;
        var documents = ReportContext.MostClaims(c.Model.Dataset.Documents, d => claimsPerDocument.GetValueOrDefault(d.Id));
        foreach (var d in documents)
        {
            var outlet = d.Outlet is null ? Markup.Of($"<span class=\"muted\">{words.OutletNotNamed}</span>") : c.Text(words.OutletName(d));
            var reported = words.Reported(d) is { } when
                ? Markup.Of($"{c.Text(when)}{(d.ReportedEvidence is { } evidence ? ReportContext.Blockquote(evidence, d, "reported-evidence") : Markup.Empty)}")
                : Markup.Of($"<span class=\"muted\">{words.NotReported}</span>");
            var renders = d.RenderingOf is { } of && c.Documents.TryGetValue(of, out var original) ? Markup.Of($"{c.Citation(original)} {ReportContext.Id(of)}") : Markup.Empty;
            var note = words.NoteOf(d) is { } n ? Markup.Of($"<p class=\"note-text\"><span class=\"label\">{words.Note}</span> {c.Text(n)}</p>") : Markup.Empty;
            w.Line($"<tr id=\"document-{d.Id}\"><th scope=\"row\">{c.Citation(d)}{note}</th><td>{ReportContext.Id(d.Id)}</td><td>{words.LanguageName(d.Language)}</td><td>{outlet}</td><td>{reported}</td><td>{renders}</td><td class=\"num\">{claimsPerDocument.GetValueOrDefault(d.Id)}</td><td><code class=\"hash\" dir=\"ltr\">{d.Sha256}</code></td></tr>");
        }
        w.Line($"</tbody></table></div>");
        w.Line($"{c.Shown(documents.Count, c.Model.Dataset.Documents.Length, Words.Noun.Document, words.MostClaimsFirst, "figures.xlsx")}");
        w.Line($"<h3>{words.Downloads}</h3><ul class=\"downloads\">");
        foreach (var download in c.Options.Downloads)
        {
            w.Line($"<li><a href=\"{download.Path}\"><code dir=\"ltr\">{download.Path}</code></a>: {c.Text(words.DownloadDescription(download.What))}</li>");
        }
        w.Line($"</ul>");
        var made = words.MadeLabels;
        w.Line($"<h3>{words.HowMade}</h3><ul>");
        w.Line($"<li>{made[0]}: <code dir=\"ltr\">{c.Model.Input.Name}</code>{words.Comma}{c.Text("SHA-256")} <code class=\"hash\" dir=\"ltr\">{c.Model.Input.Sha256}</code></li>");
        if (c.Model.Dataset.Edition is { } edition) w.Line($"<li>{made[3]}: <bdi dir=\"ltr\">{edition}</bdi></li>");
        w.Line($"<li>{made[1]}: {c.Text("Dashboard")} <bdi dir=\"ltr\">{Provenance.GeneratorVersion}</bdi></li>");
        if (c.Options.GeneratedAt is { } at) w.Line($"<li>{made[2]}: <bdi dir=\"ltr\">{at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}</bdi></li>");
        w.Line($"</ul>");
        w.CloseSection();
    }
}
