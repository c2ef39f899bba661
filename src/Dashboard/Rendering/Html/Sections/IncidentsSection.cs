using Dashboard.Model;

namespace Dashboard.Rendering.Html.Sections;

/// <summary>
/// Each incident in this edition's words: its label, what it is, where, which incidents it counts
/// for certain or may count, and the curator's note. The claims list links here, and the nesting
/// explains why the totals add some tolls and not others.
/// </summary>
internal sealed class IncidentsSection : IReportSection
{
    public string Id => "incidents";

    public void Write(HtmlWriter w, ReportContext c)
    {
        var words = c.Words;
        var all = c.Model.Dataset.Incidents;
        var shown = c.ListedIncidents;
        w.OpenSection(Id, words.Heading(Id));
        w.Line($"<p>{words.IncidentsIntro}</p>");
        w.Line($"<div class=\"table-wrap\"><table class=\"incidents\"><thead><tr><th scope=\"col\">{words.IncidentHeader("incident")}</th><th scope=\"col\">{words.IncidentHeader("description")}</th><th scope=\"col\">{words.IncidentHeader("place")}</th><th scope=\"col\">{words.IncidentHeader("nesting")}</th><th scope=\"col\">{words.IncidentHeader("note")}</th></tr></thead><tbody>");
        foreach (var incident in shown)
        {
            var nesting = new List<Markup>();
            if (incident.Includes.Length > 0) nesting.Add(c.Text(words.Includes(Labels(c, incident.Includes))));
            if (incident.MayInclude.Length > 0) nesting.Add(c.Text(words.MayInclude(Labels(c, incident.MayInclude))));
            var note = words.NoteOf(incident) is { } n ? c.Text(n) : Markup.Empty;
            w.Line($"<tr id=\"incident-{incident.Id}\"><th scope=\"row\">{c.Text(words.IncidentLabel(incident))}<br>{ReportContext.Id(incident.Id)}</th><td>{c.Text(words.Description(incident))}</td><td>{c.Text(words.Place(incident))}</td><td>{Markup.Join("<br>", nesting)}</td><td class=\"note-text\">{note}</td></tr>");
        }
        w.Line($"</tbody></table></div>");
        w.Line($"{c.Shown(shown.Count, all.Length, Words.Noun.Incident, words.MostClaimsFirst, "figures.xlsx")}");
        w.CloseSection();
    }

    private static List<string> Labels(ReportContext c, IEnumerable<string> ids) => ids.Select(id => c.Words.IncidentLabel(c.Incidents[id])).ToList();
}
