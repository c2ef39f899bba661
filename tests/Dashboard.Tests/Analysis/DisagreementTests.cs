using Dashboard.Analysis;
using Dashboard.Model;
using Dashboard.Rendering.Words;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Analysis;

public class DisagreementTests
{
    private static readonly AnalysedModel Bundled = AnalysedModel.Build(ValidatedDataset.Load(Repo.BundledData).Valid!);

    [Theory]
    [InlineData(2d, 2d, 8d, 8d, false, 6d)]      // 2 against 8: at least 6 apart
    [InlineData(10d, 12d, 3d, 4d, false, 6d)]    // the other way round
    [InlineData(9d, null, 57d, 59d, true, 0d)]   // 9+ could reach 57
    [InlineData(5d, 10d, 8d, 20d, true, 0d)]     // overlapping ranges
    [InlineData(60d, null, 57d, 59d, false, 1d)] // 60+ is above 59
    [InlineData(5d, 5d, 5d, null, true, 0d)]     // touching at one figure
    public void Overlap_and_gap_are_worked_out_from_both_ranges(double aLow, double? aHigh, double bLow, double? bHigh, bool overlap, double gap)
    {
        var (a, b) = (new FigureRange(aLow, aHigh), new FigureRange(bLow, bHigh));
        Assert.Equal((overlap, gap), (RangeComparison.Overlap(a, b), RangeComparison.Gap(a, b)));
        Assert.Equal((overlap, gap), (RangeComparison.Overlap(b, a), RangeComparison.Gap(b, a)));
    }

    [Fact]
    public void Killed_2_against_8_cannot_both_hold_and_are_at_least_6_apart_each_with_its_words()
    {
        var killed = Disagreements.Of(Bundled).Single(d => d.Metric.Id == "killed");
        var pair = killed.Between(Side.Government, Side.Sdf)!;
        Assert.Equal((new FigureRange(2, 2), new FigureRange(8, 8)), (pair.First.Total.Range, pair.Second.Total.Range));
        Assert.False(pair.CanBothHold);
        Assert.Equal(6d, pair.Gap);
        // The government figure is quoted from the Arabic original 000, not its English rendering 003.
        var government = Assert.Single(killed.For(Side.Government)!.Quotations);
        Assert.Equal(("000-health-killed", "ar"), (government.Claim.Claim.Id, government.Document.Language));
        Assert.Contains("قتيلين", government.Claim.Claim.Evidence);
        // The SDF's toll is one statement said twice in 001: quoted once, from the lead.
        var sdf = Assert.Single(killed.For(Side.Sdf)!.Quotations);
        Assert.Equal("001-sdf-killed-lead", sdf.Claim.Claim.Id);
        Assert.Equal("The two sides' figures cannot both hold: they are at least 6 apart.", Words.English.Verdict(killed));
        Assert.Equal("لا يمكن أن يصح رقما الطرفين معًا: الفرق بينهما 6 على الأقل.", Words.Arabic.Verdict(killed));
    }

    [Fact]
    public void Injured_9_or_more_against_57_to_59_can_both_hold()
    {
        var injured = Disagreements.Of(Bundled).Single(d => d.Metric.Id == "injured");
        var pair = injured.Between(Side.Government, Side.Sdf)!;
        Assert.Equal((new FigureRange(9, null), new FigureRange(57, 59)), (pair.First.Total.Range, pair.Second.Total.Range));
        Assert.True(pair.CanBothHold);
        Assert.Equal(0d, pair.Gap);
        // Five government statements (directorate, its director, SANA, Al-Ikhbariya, the minister), two SDF ones.
        Assert.Equal((5, 2), (injured.For(Side.Government)!.Quotations.Count, injured.For(Side.Sdf)!.Quotations.Count));
    }

    [Fact]
    public void A_metric_only_one_side_gives_says_so()
    {
        var all = Disagreements.Of(Bundled);
        var displaced = all.Single(d => d.Metric.Id == "displaced_people");
        Assert.Empty(displaced.Pairs);
        Assert.Equal("Only Government sources give a figure.", Words.English.Verdict(displaced));
        Assert.Equal("Only SDF sources give a figure.", Words.English.Verdict(all.Single(d => d.Metric.Id == "attacks")));
        Assert.Equal("لا يذكر هذا الرقم إلا مصادر قسد.", Words.Arabic.Verdict(all.Single(d => d.Metric.Id == "attacks")));
    }

    [Fact]
    public void The_frame_the_notebook_shows_has_the_same_figures()
    {
        var frame = Disagreements.Frame(Disagreements.Of(Bundled));
        var killed = Enumerable.Range(0, (int)frame.Rows.Count).Single(i => (string)frame["metric"][i] == "Killed");
        Assert.Equal(("2", "8", false, 6d), ((string)frame["government"][killed], (string)frame["sdf"][killed], (bool?)frame["can_both_hold"][killed], (double?)frame["gap"][killed]));
    }

    [Fact]
    public void Without_removes_claims_and_the_totals_follow()
    {
        var valid = new Fixture().Claim("c1", "killed", 2).Claim("c2", "killed", 8, source: "sdf-a", incident: "i2").Validated();
        var m = AnalysedModel.Build(valid.Without(c => c.Source == "sdf-a"));
        Assert.Equal(["c1"], m.Claims.Select(c => c.Claim.Id));
        Assert.Equal(new FigureRange(2, 2), m.Headlines.Single(h => h.Metric.Id == "killed").Overall!.Range);
        Assert.Equal(2, valid.Dataset.Claims.Length);
    }

    [Theory]
    [InlineData("d2", "d1", "c-original")] // the rendering's claim comes first in the file: the original is still quoted
    [InlineData("d1", "d2", "c-original")]
    public void A_statement_is_quoted_from_its_original_whatever_the_claims_order(string firstDocument, string secondDocument, string quoted)
    {
        // d2 renders d1; the same statement (gov-a, killed, i1) is carried by both.
        var fixture = new Fixture().Renders("d2", "d1");
        foreach (var document in new[] { firstDocument, secondDocument })
        {
            fixture.Claim(document == "d1" ? "c-original" : "c-rendering", "killed", 4, document: document);
        }
        var killed = Disagreements.Of(fixture.Analyse()).Single(d => d.Metric.Id == "killed");
        var quotation = Assert.Single(killed.For(Side.Government)!.Quotations);
        Assert.Equal((quoted, "d1"), (quotation.Claim.Claim.Id, quotation.Document.Id));
    }

    [Fact]
    public void A_statement_only_renderings_carry_is_quoted_from_its_first_claim()
    {
        var fixture = new Fixture().Renders("d2", "d1").Renders("d3", "d1")
            .Claim("c-late", "killed", 4, document: "d3").Claim("c-early", "killed", 4, document: "d2");
        var quotation = Assert.Single(Disagreements.Of(fixture.Analyse()).Single(d => d.Metric.Id == "killed").For(Side.Government)!.Quotations);
        Assert.Equal(("c-late", "d3"), (quotation.Claim.Claim.Id, quotation.Document.Id));
    }
}
