using System.Globalization;
using System.Text;
using CsCheck;
using Dashboard.Loading;

namespace Dashboard.Tests.Loading;

/// <summary>
/// The loader's shortcut for plain integers must give the verdict of the rule in data/README.md: a
/// number is kept when the double read from it writes back (shortest round-trip text) as the same
/// number. The expected verdict is worked out apart from the loader's own number code, by reading
/// both texts as decimals, which hold eighteen digits exactly.
/// </summary>
public sealed class NumberTextTests
{
    private static bool FullComparison(string written)
    {
        var value = double.Parse(written, CultureInfo.InvariantCulture);
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        return decimal.Parse(written, NumberStyles.Float, CultureInfo.InvariantCulture) == decimal.Parse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("-0", true)]
    [InlineData("46000", true)]
    [InlineData("999999999999999", true)]       // 15 digits: the shortcut's longest
    [InlineData("9007199254740992", true)]      // 2^53, 16 digits: decided by the full comparison
    [InlineData("9007199254740993", false)]     // 2^53 + 1 reads as 2^53
    [InlineData("-9007199254740993", false)]
    [InlineData("12345678901234567", false)]
    public void Integers_get_the_verdict_of_the_full_comparison(string written, bool exact)
    {
        var value = double.Parse(written, CultureInfo.InvariantCulture);
        Assert.Equal(exact, NumberText.IsExactly(Encoding.ASCII.GetBytes(written), value));
        Assert.Equal(exact, FullComparison(written));
    }

    [Fact]
    public void Any_integer_up_to_eighteen_digits_agrees_with_the_full_comparison()
    {
        var digits = Gen.Int[1, 18].SelectMany(n => Gen.Char['0', '9'].Array[n]).Select(cs => new string(cs).TrimStart('0'));
        var integer = Gen.Select(Gen.Bool, digits).Select(t => (t.Item1 ? "-" : "") + (t.Item2.Length == 0 ? "0" : t.Item2));
        integer.Sample(written =>
        {
            var value = double.Parse(written, CultureInfo.InvariantCulture);
            return NumberText.IsExactly(Encoding.ASCII.GetBytes(written), value) == FullComparison(written);
        }, iter: 5_000);
    }
}
