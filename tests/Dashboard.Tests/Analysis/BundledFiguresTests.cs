using Dashboard.Analysis;
using Dashboard.Model;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Analysis;

/// <summary>Figures checked by hand against the documents, computed from the bundled dataset.</summary>
public class BundledFiguresTests
{
    private static readonly AnalysedModel Model = AnalysedModel.Build(ValidatedDataset.Load(Repo.BundledData).Valid!);

    private static Headline Headline(string metric) => Assert.Single(Model.Headlines, h => h.Metric.Id == metric);

    [Fact]
    public void Government_sources_report_2_killed_and_sdf_sources_8()
    {
        Assert.Equal(new FigureRange(2, 2), Headline("killed").For(Side.Government)!.Range);
        Assert.Equal(new FigureRange(8, 8), Headline("killed").For(Side.Sdf)!.Range);
    }

    [Fact]
    public void Displaced_people_are_46000_open_above()
    {
        var overall = Headline("displaced_people").Overall!;
        Assert.Equal(new FigureRange(46000, null), overall.Range);
        Assert.Equal("46,000+", overall.Range.Format(Unit.People));
    }

    [Fact]
    public void The_sdf_toll_may_already_hold_its_two_injured_members()
    {
        // 57 over three days may include the 2 injured at the checkpoint: 57 to 59, never 59 for sure.
        Assert.Equal(new FigureRange(57, 59), Headline("injured").For(Side.Sdf)!.Range);
    }

    [Fact]
    public void The_repeated_sdf_toll_is_one_statement_and_the_000_003_pairs_are_corroborated_twice()
    {
        var toll = Assert.Single(Model.Statements, s => s.Key == new StatementKey("sdf", "killed", "sdf-three-day-toll"));
        Assert.Equal(1, toll.Corroboration);
        Assert.Equal(2, toll.ClaimIds.Count);
        var health = Assert.Single(Model.Statements, s => s.Key == new StatementKey("aleppo-health-directorate", "killed", "health-toll-shelling"));
        Assert.Equal(2, health.Corroboration);
    }

    [Fact]
    public void The_english_rendering_003_is_not_a_second_witness()
    {
        // Every statement 003 carries is also in 000, which 003 renders: two documents, one witness.
        foreach (var s in Model.Statements.Where(s => s.Documents.Contains("003_b7efed39de5bf5d3")))
        {
            Assert.Equal(["000_3cb2511c3190433f", "003_b7efed39de5bf5d3"], s.Documents);
            Assert.Equal((2, 1, 1), (s.Corroboration, s.IndependentDocuments, s.Renderings));
        }
        // Killed overall: 000, 001 and 003 carry figures; 003 renders 000.
        var killed = Headline("killed").Overall!;
        Assert.Equal((3, 2), (killed.Documents, killed.IndependentDocuments));
    }

    [Fact]
    public void Dozens_of_families_stay_20_open_above_however_many_documents_repeat_them()
    {
        Assert.Equal(new FigureRange(20, null), Headline("displaced_families").Overall!.Range);
    }

    [Fact]
    public void More_than_90_percent_combed_is_a_range_not_a_sum()
    {
        Assert.Equal(new FigureRange(90, null), Headline("area_cleared_pct").Overall!.Range);
    }
}
