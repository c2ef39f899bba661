using Dashboard.Rendering.Words;

namespace Dashboard.Rendering.Html.Sections;

/// <summary>The method and caveats: the same words the workbook's About sheet gives, in the edition's language.</summary>
internal sealed class MethodSection : IReportSection
{
    public string Id => "method";

    public void Write(HtmlWriter w, ReportContext c)
    {
        w.OpenSection(Id, c.Words.Heading(Id));
        foreach (var (lead, text) in c.Words.Method(MethodFacts.Of(c.Model))) w.Line($"<p><strong>{lead}</strong> {c.Text(text)}</p>");
        w.CloseSection();
    }
}
