using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Tests.Analysis;

/// <summary>
/// The range type on its own: equality, the excluded floor of "more than" through sums, unions and
/// containment, and how numbers are written. Expected values worked out by hand.
/// </summary>
public class FigureRangeTests
{
    private static FigureRange More(double low) => new(low, null) { LowExclusive = true };

    private static FigureRange AtLeast(double low) => new(low, null);

    [Fact]
    public void Ranges_are_equal_only_when_both_ends_are()
    {
        Assert.NotEqual(new FigureRange(5, 6), new FigureRange(5, 7));
        Assert.NotEqual(new FigureRange(5, 6), new FigureRange(4, 6));
        Assert.NotEqual(new FigureRange(5, null), new FigureRange(5, 6));
        Assert.Equal(new FigureRange(5, 6), new FigureRange(5, 6));
    }

    [Fact]
    public void Equality_ignores_the_wording_of_the_floor()
    {
        // "more than 9" and "at least 9" differ in words only; as figures they are the same range.
        Assert.Equal(More(9), AtLeast(9));
        Assert.Equal(More(9).GetHashCode(), AtLeast(9).GetHashCode());
    }

    [Fact]
    public void A_sum_is_more_than_when_either_part_is()
    {
        // More than 9 plus at least 4 is more than 13, whichever way round.
        Assert.True((More(9) + AtLeast(4)).LowExclusive);
        Assert.True((AtLeast(4) + More(9)).LowExclusive);
        Assert.False((AtLeast(4) + new FigureRange(2, 2)).LowExclusive);
        Assert.Equal(new FigureRange(13, null), More(9) + AtLeast(4));
    }

    [Theory]
    // The lower floor decides the union's wording, whichever side it is on.
    [InlineData(4d, true, 9d, false, 4d, true)]
    [InlineData(4d, false, 9d, true, 4d, false)]
    [InlineData(9d, false, 4d, true, 4d, true)]
    [InlineData(9d, true, 4d, false, 4d, false)]
    // At a tie the floor is reached if either reaches it: excluded only when both exclude it.
    [InlineData(4d, true, 4d, true, 4d, true)]
    [InlineData(4d, true, 4d, false, 4d, false)]
    [InlineData(4d, false, 4d, true, 4d, false)]
    public void A_union_takes_the_lower_floor_and_its_wording(double aLow, bool aExcluded, double bLow, bool bExcluded, double low, bool excluded)
    {
        var union = new FigureRange(aLow, null) { LowExclusive = aExcluded }.Union(new FigureRange(bLow, null) { LowExclusive = bExcluded });
        Assert.Equal((low, excluded), (union.Low, union.LowExclusive));
    }

    [Theory]
    // The higher floor decides when both hold, whichever side it is on.
    [InlineData(4d, true, 9d, false, 9d, false)]
    [InlineData(4d, false, 9d, true, 9d, true)]
    [InlineData(9d, false, 4d, true, 9d, false)]
    [InlineData(9d, true, 4d, false, 9d, true)]
    // At a tie both must hold, so one "more than" is enough.
    [InlineData(4d, true, 4d, false, 4d, true)]
    [InlineData(4d, false, 4d, true, 4d, true)]
    [InlineData(4d, false, 4d, false, 4d, false)]
    public void Two_floors_that_both_hold_give_the_higher_and_its_wording(double aLow, bool aExcluded, double bLow, bool bExcluded, double low, bool excluded)
    {
        var a = new FigureRange(aLow, null) { LowExclusive = aExcluded };
        var b = new FigureRange(bLow, null) { LowExclusive = bExcluded };
        Assert.Equal((low, excluded), FigureRange.HigherFloor(a, b));
    }

    [Fact]
    public void A_claims_qualifier_decides_whether_its_floor_is_excluded()
    {
        Assert.True(FigureRange.Of(Claim(Qualifier.MoreThan, 9))!.Value.LowExclusive);
        Assert.False(FigureRange.Of(Claim(Qualifier.AtLeast, 9))!.Value.LowExclusive);
        Assert.Null(FigureRange.Of(Claim(Qualifier.Unquantified, null)));
    }

    [Fact]
    public void A_qualifier_outside_the_vocabulary_is_refused_by_name()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FigureRange.Of(Claim((Qualifier)99, 1)));
        Assert.Contains("unknown qualifier", ex.Message);
    }

    [Theory]
    [InlineData(46000d, "46,000")]
    [InlineData(2d, "2")]
    [InlineData(0d, "0")]
    [InlineData(90.5d, "90.5")]
    [InlineData(1234.567d, "1,234.57")]
    public void Numbers_are_written_with_separators_and_no_needless_decimals(double n, string written) =>
        Assert.Equal(written, FigureRange.Number(n));

    [Theory]
    [InlineData(2d, 2d, Unit.People, "2")]
    [InlineData(57d, 59d, Unit.People, "57–59")]
    [InlineData(46000d, null, Unit.People, "46,000+")]
    [InlineData(80d, 90d, Unit.Percent, "80%–90%")]
    [InlineData(90.5d, null, Unit.Percent, "90.5%+")]
    public void Ranges_are_written_as_a_figure_a_span_or_an_open_floor(double low, double? high, Unit unit, string written) =>
        Assert.Equal(written, new FigureRange(low, high).Format(unit));

    private static Claim Claim(Qualifier qualifier, double? value) => new(
        "c", "d1", "s", "killed", value, qualifier, null, null, Affected.Civilians, "i1", "Aleppo", null, "نص", "text", null);
}
