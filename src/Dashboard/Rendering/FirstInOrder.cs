namespace Dashboard.Rendering;

/// <summary>
/// The first few of many items in an order, without sorting them all: the page lists 1,000 of a
/// million claims and 200 of 250,000 incidents, a chart draws 10 of them, and sorting every item
/// would fill the large-object heap with a buffer and a key array per sort key, which nothing
/// collects before the run ends.
/// </summary>
internal static class FirstInOrder
{
    /// <summary>
    /// The positions of the first <paramref name="take"/> of <paramref name="count"/> items when
    /// ordered by <paramref name="compare"/>, in ascending position. <paramref name="compare"/> must
    /// be a total order (break ties by position), so the choice does not depend on how it is made.
    /// </summary>
    public static int[] Positions(int count, int take, Comparison<int> compare) =>
        count <= take ? Enumerable.Range(0, count).ToArray() : Positions(count, take, _ => true, compare);

    /// <summary>
    /// The same, among only the positions for which <paramref name="include"/> holds (a chart's bars
    /// of one metric among every metric's), so that they need not be gathered into a list first.
    /// </summary>
    public static int[] Positions(int count, int take, Func<int, bool> include, Comparison<int> compare)
    {
        if (take <= 0) return [];
        // The kept items, the last in the order on top: a newcomer replaces it when it comes before.
        var kept = new PriorityQueue<int, int>(take, Comparer<int>.Create((a, b) => compare(b, a)));
        for (var i = 0; i < count; i++)
        {
            if (!include(i)) continue;
            if (kept.Count < take) kept.Enqueue(i, i);
            else if (compare(i, kept.Peek()) < 0) kept.DequeueEnqueue(i, i);
        }
        var positions = new int[kept.Count];
        for (var k = 0; kept.TryDequeue(out var i, out _); k++) positions[k] = i;
        Array.Sort(positions);
        return positions;
    }
}
