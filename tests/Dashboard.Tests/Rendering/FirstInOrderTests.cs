using CsCheck;
using Dashboard.Rendering.Html;

namespace Dashboard.Tests.Rendering;

/// <summary>The page's choice of the first few items agrees with sorting them all and taking the first.</summary>
public class FirstInOrderTests
{
    [Fact]
    public void Agrees_with_sorting_everything_then_taking_the_first_in_position_order()
    {
        // Keys with many ties (0..5), so the order leans on the position tie-break.
        Gen.Select(Gen.Int[0, 5].Array[0, 400], Gen.Int[0, 450]).Sample((keys, take) =>
        {
            int Compare(int a, int b)
            {
                var byKey = keys[b].CompareTo(keys[a]);
                return byKey != 0 ? byKey : a.CompareTo(b);
            }
            var expected = Enumerable.Range(0, keys.Length).OrderByDescending(i => keys[i]).ThenBy(i => i).Take(take).Order().ToArray();
            Assert.Equal(expected, FirstInOrder.Positions(keys.Length, take, Compare));
        }, iter: 5_000);
    }

    [Fact]
    public void Keeps_the_largest_even_when_they_come_last()
    {
        // Ascending keys: every newcomer beats the kept set, the path where the queue is replaced most.
        var keys = Enumerable.Range(0, 1_000).ToArray();
        var chosen = FirstInOrder.Positions(keys.Length, 10, (a, b) => keys[b].CompareTo(keys[a]) is var c && c != 0 ? c : a.CompareTo(b));
        Assert.Equal(Enumerable.Range(990, 10), chosen);
    }
}
