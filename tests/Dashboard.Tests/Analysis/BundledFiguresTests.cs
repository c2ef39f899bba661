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
        // (003 also says what 000 does not: its own narration's mentions and the Foreign Minister.)
        foreach (var s in Model.Statements.Where(s => s.Documents.Contains("003_b7efed39de5bf5d3") && s.Documents.Count > 1))
        {
            Assert.Equal(["000_3cb2511c3190433f", "003_b7efed39de5bf5d3"], s.Documents);
            Assert.Equal((2, 1, 1), (s.Corroboration, s.IndependentDocuments, s.Renderings));
        }
        // Killed overall: 000, 001 and 003 carry figures; 003 renders 000.
        var killed = Headline("killed").Overall!;
        Assert.Equal((3, 2), (killed.Documents, killed.IndependentDocuments));
    }

    [Fact]
    public void Dozens_of_families_stay_20_to_99_however_many_documents_repeat_them()
    {
        // «عشرات العائلات» (tens of families), said twice in 000 and once in 003: one statement,
        // coded 20 to 99 (hundreds would be «مئات»), never added up.
        Assert.Equal(new FigureRange(20, 99), Headline("displaced_families").Overall!.Range);
    }

    [Fact]
    public void Harm_mentioned_without_a_figure_is_in_no_total()
    {
        var mentions = Model.Mentions.Select(m => m.Claim.Id).ToHashSet();
        Assert.Contains("000-defence-injured", mentions);
        Assert.All(Model.Totals, t => Assert.DoesNotContain(t.ClaimIds, id => mentions.Contains(id)));
    }

    [Fact]
    public void More_than_90_percent_combed_is_a_range_not_a_sum()
    {
        Assert.Equal(new FigureRange(90, null), Headline("area_cleared_pct").Overall!.Range);
    }
}

/// <summary>What the bundled documents contest, checked by hand against the texts.</summary>
public class BundledContestedTests
{
    private static readonly AnalysedModel Model = AnalysedModel.Build(ValidatedDataset.Load(Repo.BundledData).Valid!);

    private static AttributionRow Row(Side claimant, Blame blamed, string metric) =>
        Assert.Single(Model.Attribution, r => r.ClaimantSide == claimant && r.Blamed == blamed && r.Metric.Id == metric);

    [Fact]
    public void Government_sources_blame_the_sdf_for_2_killed()
    {
        // «وقوع قتيلين و8 مصابين جراء قصف قسد»: the Health Directorate's two, in 000 and its rendering 003.
        var row = Row(Side.Government, Blame.Sdf, "killed");
        Assert.Equal(new FigureRange(2, 2), row.Total!.Range);
        Assert.Equal(["000-health-killed", "003-health-killed"], row.Total.ClaimIds);
    }

    [Fact]
    public void Sdf_sources_blame_the_government_for_8_killed_and_57_to_59_injured()
    {
        // «8 قتلى و57 جريحًا "جراء عملية الجيش منذ ثلاثة أيام"», which may already count the two SDF
        // members injured at the checkpoint «في ما وصفه بأنه هجوم لفصائل تابعة لوزارة الدفاع».
        Assert.Equal(new FigureRange(8, 8), Row(Side.Sdf, Blame.Government, "killed").Total!.Range);
        Assert.Equal(new FigureRange(57, 59), Row(Side.Sdf, Blame.Government, "injured").Total!.Range);
    }

    [Fact]
    public void The_defence_ministrys_injuries_without_a_figure_are_a_mention_under_the_sdfs_blame()
    {
        // «ما أدى لوقوع إصابات بصفوف قوى الأمن والجيش»: harm with no number, blamed on the SDF's attack.
        var row = Row(Side.Government, Blame.Sdf, "injured");
        var mention = Assert.Single(row.Mentions);
        Assert.Contains("إصابات بصفوف قوى الأمن والجيش", mention.Claim.Claim.Evidence);
        Assert.DoesNotContain(mention.Claim.Claim.Id, row.Total!.ClaimIds);
    }

    [Fact]
    public void No_two_figures_about_the_same_people_conflict_and_no_two_sides_tolls_are_compared()
    {
        Assert.Empty(Model.Conflicts);
        // Every comparison is inside one side's account: an incident and one it may include.
        Assert.All(Model.Comparisons, c => Assert.Equal(ComparisonKind.MayInclude, c.Kind));
        Assert.DoesNotContain(Model.Comparisons, c => c.First.Incident.Id == "health-toll-shelling" && c.Second.Incident.Id == "sdf-three-day-toll");
    }

    [Fact]
    public void The_directors_9_may_be_the_directorates_8_updated_or_new_casualties()
    {
        // 9 if the later figure counts the earlier 8; 17 if it does not.
        var c = Assert.Single(Model.Comparisons, c => c.First.Incident.Id == "health-director-injured-nine");
        Assert.Equal((new FigureRange(9, 9), new FigureRange(17, 17)), (c.IfInside!.Value, c.IfOutside!.Value));
    }

    [Fact]
    public void At_least_four_contentions_each_with_a_denial_or_saying_it_is_one_sided()
    {
        Assert.True(Model.Contentions.Count >= 4);
        var shelling = Assert.Single(Model.Contentions, c => c.Positions.Any(p => p.Position.Evidence.Contains("ونفت قسد أي علاقة لها بالقصف", StringComparison.Ordinal)));
        Assert.Equal([Side.Government, Side.Sdf], shelling.Sides);
        Assert.All(Model.Contentions, c => Assert.True(c.OneSided || c.Positions.Any(p => p.Position.Stance == Stance.Denies), c.Contention.Id));
    }
}
