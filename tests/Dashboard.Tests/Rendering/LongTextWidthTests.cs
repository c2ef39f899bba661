using Dashboard.Rendering.Excel;

namespace Dashboard.Tests.Rendering;

/// <summary>How wide the long-text columns (evidence, notes) are set: for the fewest printed pages, within bounds.</summary>
public class LongTextWidthTests
{
    private const string Note = "A curator's note of a few sentences that wraps over many lines when its column is narrow, as the notes on claims do. ";

    /// <summary>A table of <paramref name="rows"/> rows: an id, <paramref name="narrow"/> short columns 30 characters wide, and two long notes of <paramref name="repeats"/> sentences.</summary>
    private static SheetSpec<int> Table(int rows, int narrow, int repeats)
    {
        var columns = new List<SheetColumn<int>> { new("id", CellKind.Text, r => $"row-{r}") };
        for (var j = 0; j < narrow; j++) columns.Add(new($"c{j}", CellKind.Text, _ => new string('x', 28)));
        columns.Add(new("evidence", CellKind.RightToLeftText, _ => string.Concat(Enumerable.Repeat(Note, repeats))));
        columns.Add(new("note", CellKind.LongText, _ => string.Concat(Enumerable.Repeat(Note, repeats))));
        return new SheetSpec<int>("T", "T", "rows", columns, Enumerable.Range(0, rows).ToList());
    }

    private static double[] Widths(SheetSpec<int> spec) => spec.Layout.Select(c => c.Width).ToArray();

    private static double Height(SheetSpec<int> spec) => Enumerable.Range(0, spec.RowCount).Sum(r => spec.RowHeight(r) ?? CellRules.LineHeight);

    [Fact]
    public void A_table_printed_in_bands_gets_wider_notes_without_a_band_more_and_rows_shorter_than_at_the_default_width()
    {
        var spec = Table(rows: 30, narrow: 12, repeats: 4);
        var widths = Widths(spec);
        var (evidence, note) = (widths[^2], widths[^1]);
        Assert.True(note > CellRules.WrappedWidth, $"note width {note}");
        Assert.Equal(note, evidence);
        Assert.InRange(note, CellRules.MinWrappedWidth, CellRules.MaxWrappedWidth);

        // The same table with the notes at the default width: as many bands, taller rows.
        var atDefault = widths.ToArray();
        atDefault[^1] = atDefault[^2] = CellRules.WrappedWidth;
        Assert.True(spec.Print.PagesWide >= 2, "the table prints in bands");
        Assert.Equal(PrintLayout.Table(atDefault).PagesWide, spec.Print.PagesWide);
        var notes = string.Concat(Enumerable.Repeat(Note, 4));
        Assert.True(CellRules.Lines(notes, note) < CellRules.Lines(notes, CellRules.WrappedWidth));
        Assert.True(Height(spec) < 30 * CellRules.Lines(notes, CellRules.WrappedWidth) * CellRules.LineHeight);
    }

    [Fact]
    public void A_long_text_column_of_short_texts_is_as_wide_as_its_longest_text()
    {
        var columns = new List<SheetColumn<int>>
        {
            new("id", CellKind.Text, r => $"row-{r}"),
            new("note", CellKind.LongText, r => r == 0 ? "twelve chars" : "short"),
        };
        var spec = new SheetSpec<int>("T", "T", "rows", columns, [0, 1, 2]);
        // "twelve chars" is 12 characters; 2 more leave room for the filter button.
        Assert.Equal(14, spec.Layout[1].Width);
        Assert.All(Enumerable.Range(0, 3), r => Assert.Null(spec.RowHeight(r)));
    }

    [Fact]
    public void A_table_too_long_to_print_keeps_the_default_width()
    {
        var spec = Table(rows: SheetSpec<int>.PrintFitRows + 1, narrow: 12, repeats: 4);
        Assert.Equal(CellRules.WrappedWidth, spec.Layout[^1].Width);
        Assert.Equal(CellRules.WrappedWidth, spec.Layout[^2].Width);
    }
}
