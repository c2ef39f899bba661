using Dashboard.Analysis;
using Dashboard.Model;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Analysis;

public class SideComparisonTests
{
    private static readonly Metric Killed = new("killed", "Killed", Unit.People, true);

    [Theory]
    [InlineData(2d, 2d, 8d, 8d, false, 6d)]      // 2 against 8: at least 6 apart
    [InlineData(10d, 12d, 3d, 4d, false, 6d)]    // the other way round
    [InlineData(9d, null, 57d, 59d, true, 0d)]   // 9+ could reach 57
    [InlineData(5d, 10d, 8d, 20d, true, 0d)]     // overlapping ranges
    [InlineData(60d, null, 57d, 59d, false, 1d)] // 60+ is above 59
    public void Overlap_and_gap_are_worked_out_from_both_ranges(double gLow, double? gHigh, double sLow, double? sHigh, bool overlap, double gap)
    {
        var c = new SideComparison(Killed, new FigureRange(gLow, gHigh), new FigureRange(sLow, sHigh));
        Assert.Equal(overlap, c.Overlap);
        Assert.Equal(gap, c.Gap);
    }

    [Fact]
    public void One_sided_metrics_say_who_reports_them()
    {
        var c = new SideComparison(Killed, new FigureRange(46000, null), null);
        Assert.Null(c.Gap);
        Assert.Equal("Only government sources give a figure.", c.Reading);
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
}
