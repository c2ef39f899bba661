using System.Text;
using Dashboard.Analysis;
using Dashboard.Rendering.Charts;
using Dashboard.Rendering.Html.Sections;

namespace Dashboard.Rendering.Html;

/// <summary>
/// <c>report.html</c> and <c>report.ar.html</c>: one page definition, written in the words of one
/// language. Headline figures first, then the contested accounts; charts and tables below let a
/// reader check every number against its quoted sentence. Self-contained: nothing loads from
/// anywhere and only the page's own script may run.
/// </summary>
public sealed class HtmlReport(Words.Words words, ChartGallery gallery, ReportOptions options) : IOutput
{
    private static readonly IReportSection[] Sections =
    [
        new HeadlineSection(), new ContestedSection(), new ChartsSection(), new BySideSection(), new BySourceSection(),
        new IncidentsSection(), new ClaimsSection(), new MethodSection(), new ProvenanceSection(),
    ];

    /// <summary>The edition's language.</summary>
    public Words.Words Words => words;

    /// <inheritdoc />
    public string RelativePath => words.ReportFile;

    /// <inheritdoc />
    public void Write(AnalysedModel model, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var w = new HtmlWriter(writer);
        var c = new ReportContext(model, words, gallery, options);
        var title = words.Title(model.Dataset);
        w.Line($"<!DOCTYPE html>");
        w.Line($"<html lang=\"{words.Code}\" dir=\"{words.Direction}\">");
        w.Line($"<head>");
        w.Line($"<meta charset=\"utf-8\">");
        w.Line($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        // Nothing may load from anywhere: no fetch, no font, no image URL; only this page's own script runs.
        w.Line($"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src '{ReportScript.CspHash}'; base-uri 'none'; form-action 'none'\">");
        w.Line($"<meta name=\"referrer\" content=\"no-referrer\">");
        w.Line($"<title>{title}</title>");
        w.Line($"<style>");
        w.Line(new Markup(ReportStyle.Css()));
        w.Line($"</style>");
        w.Line($"</head>");
        w.Line($"<body>");
        Header(w, c, title);
        w.Line($"<main>");
        foreach (var section in Sections) section.Write(w, c);
        w.Line($"</main>");
        w.Line($"<footer><p>{c.Text(words.Footer(Provenance.GeneratorVersion, model.Input.Name))}</p></footer>");
        w.Line($"<script>{new Markup(ReportScript.Js)}</script>");
        w.Line($"</body>");
        w.Line($"</html>");
    }

    private static void Header(HtmlWriter w, ReportContext c, string title)
    {
        var words = c.Words;
        var d = c.Model.Dataset;
        w.Line($"<header>");
        w.Line($"<p class=\"editions\">");
        foreach (var other in Rendering.Words.Words.All.Where(o => o.Code != words.Code))
        {
            w.Line($"<a href=\"{other.ReportFile}\" hreflang=\"{other.Code}\" lang=\"{other.Code}\" dir=\"{other.Direction}\" title=\"{other.ReadIn(other)}\">{other.Autonym}</a>");
        }
        w.Line($"</p>");
        w.Line($"<h1>{c.Text(title)}</h1>");
        w.Line($"<p class=\"lede\">{words.Lede(d.Claims.Length, d.Documents.Length, SourcesBySide(d))}</p>");
        w.Line($"<p class=\"caveat\"><strong>{words.ReadWithCare}</strong> {words.Caveat}</p>");
        if (c.Options.Changes is { } changes) ChangesBox.Write(w, c, changes);
        w.Line($"<nav aria-label=\"{words.SectionsMenu}\"><ul>");
        foreach (var section in Sections) w.Line($"<li><a href=\"#{section.Id}\">{words.Heading(section.Id)}</a></li>");
        w.Line($"</ul></nav>");
        w.Line($"</header>");
    }

    /// <summary>How many sources each side has, in vocabulary order, sides with none left out.</summary>
    private static List<(Model.Side, int)> SourcesBySide(Model.Dataset d) =>
        [.. Model.Vocabulary.Sides.Select(s => (s.Value, d.Sources.Count(src => src.Side == s.Value))).Where(x => x.Item2 > 0)];
}
