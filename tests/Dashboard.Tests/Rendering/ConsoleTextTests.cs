using Dashboard.Analysis;
using Dashboard.Rendering.Text;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Rendering;

/// <summary>What the console prints: the same words for figures and documents as the report.</summary>
public class ConsoleTextTests
{
    [Fact]
    public void The_headline_table_words_open_figures_by_their_qualifier()
    {
        var model = new Fixture()
            .Claim("a", "displaced_people", 46000, qualifier: "more_than")
            .Claim("b", "injured", 4, qualifier: "at_least", source: "sdf-a", incident: "i2")
            .Analyse();
        var lines = HeadlineTable.Format(model).Split('\n');
        Assert.Contains(lines, l => l.StartsWith("displaced_people", StringComparison.Ordinal) && l.Contains("more than 46,000", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("injured", StringComparison.Ordinal) && l.Contains("at least 4", StringComparison.Ordinal));
        Assert.DoesNotContain("+", string.Join("\n", lines));
    }

    [Fact]
    public void The_diff_cites_documents_by_their_titles_with_the_id_beside()
    {
        var before = new Fixture().Document("d9").Claim("k", "killed", 2, document: "d9").Analyse();
        var after = new Fixture().Outlet("d1", "Some Outlet").Claim("k2", "killed", 3).Analyse();
        var text = DiffText.Format(EditionDiff.Between(before, after), "old.json", "new.json");
        Assert.Contains("- \"title d9\" (d9)", text);
        Assert.Contains("+ k2: killed 3 (exact), gov-a (gov-a), in \"title d1 (Some Outlet)\" (d1)", text);
        Assert.Contains("- k: killed 2 (exact), gov-a (gov-a), in \"title d9\" (d9)", text);
    }
}
