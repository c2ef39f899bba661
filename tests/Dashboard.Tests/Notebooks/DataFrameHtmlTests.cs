using Dashboard.Exploration;
using Microsoft.Data.Analysis;

namespace Dashboard.Tests.Notebooks;

/// <summary>How a DataFrame reads in a notebook's output: scrolls sideways, one line a row, whole text on hover.</summary>
public class DataFrameHtmlTests
{
    private static string One(string text, int maxChars) =>
        DataFrameHtml.Render(new DataFrame(new StringDataFrameColumn("text", [text])), maxChars: maxChars);

    [Fact]
    public void A_wide_table_scrolls_inside_its_output_and_rows_do_not_wrap()
    {
        var html = DataFrameHtml.Render(new DataFrame(new StringDataFrameColumn("a", ["x"]), new DoubleDataFrameColumn("b", [1234.5])));
        // Every cell says nowrap itself: JupyterLab's stylesheet sets white-space on each td and th.
        Assert.Equal("<div style=\"overflow-x:auto\"><table><thead><tr><th style=\"white-space:nowrap\">a</th><th style=\"white-space:nowrap\">b</th></tr></thead>"
            + "<tbody><tr><td style=\"white-space:nowrap\">x</td><td style=\"white-space:nowrap\">1,234.5</td></tr></tbody></table></div>", html);
    }

    [Fact]
    public void Long_text_is_cut_at_a_word_with_the_whole_text_on_hover()
    {
        // "one two three four five" is 23 characters; 12 allowed: the last space within the first
        // 11 is after "two", so "one two" and an ellipsis are shown.
        Assert.Contains("<td style=\"white-space:nowrap\" title=\"one two three four five\">one two…</td>", One("one two three four five", 12));
    }

    [Fact]
    public void Text_that_fits_has_no_title()
    {
        Assert.Contains("<td style=\"white-space:nowrap\">one two</td>", One("one two", 7));
    }

    [Fact]
    public void Text_without_a_space_to_cut_at_is_cut_at_the_limit()
    {
        // 8 allowed: 7 letters and the ellipsis.
        Assert.Contains(">abcdefg…</td>", One("abcdefghijklmnop", 8));
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_never_split()
    {
        // Six letters then two emoji of two UTF-16 units each: cutting at 7 would keep half of the first.
        Assert.Contains(">aaaaaa…</td>", One("aaaaaa😀😀", 8));
    }

    [Fact]
    public void Arabic_text_is_right_to_left_and_its_title_is_escaped()
    {
        // 13 allowed: the last space within the first 12 is the one after the closing quote.
        var html = One("قال \"المصدر\" إن 2 قتلى & 8 جرحى سقطوا", 13);
        Assert.Contains("<td style=\"white-space:nowrap\" dir=\"rtl\" lang=\"ar\" title=\"قال &quot;المصدر&quot; إن 2 قتلى &amp; 8 جرحى سقطوا\">قال &quot;المصدر&quot;…</td>", html);
    }

    [Fact]
    public void Rows_past_the_limit_are_counted_not_shown()
    {
        var html = DataFrameHtml.Render(new DataFrame(new Int32DataFrameColumn("n", [1, 2, 3])), maxRows: 2);
        Assert.Equal(2, html.Split("<tr><td").Length - 1);
        Assert.Contains("<p>2 of 3 rows shown.</p></div>", html);
    }
}
