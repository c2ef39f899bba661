using Dashboard.Model;
using Dashboard.Rendering.Charts;

namespace Dashboard.Rendering.Html;

/// <summary>
/// The report's stylesheet: light and dark schemes, phone layout, print. Written with logical
/// properties (inline start and end), so the Arabic edition mirrors without a second sheet.
/// </summary>
internal static class ReportStyle
{
    /// <summary>Side colours come from <see cref="Palette"/>, so tables match charts.</summary>
    public static string Css() => $$"""
        :root { --gov: {{Palette.Of(Side.Government)}}; --sdf: {{Palette.Of(Side.Sdf)}}; --ind: {{Palette.Of(Side.Independent)}}; --neutral: {{Palette.Neutral}};
          --bg: #ffffff; --fg: #1b1b1b; --muted: #595959; --line: #d9d9d9; --card: #f6f6f4; --accent: #8a4b08; color-scheme: light dark; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #121212; --fg: #ececec; --muted: #b0b0b0; --line: #3a3a3a; --card: #1e1e1e; --accent: #f0a35e; }
        }
        * { box-sizing: border-box; }
        [hidden] { display: none !important; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, "DejaVu Sans", "Noto Sans", "Noto Naskh Arabic", sans-serif; }
        header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
        header { padding-top: 1rem; }
        .editions { margin: 0 0 .5rem; text-align: end; font-size: .95rem; }
        h1 { font-size: 1.7rem; line-height: 1.3; margin: 0 0 .5rem; }
        h2 { font-size: 1.3rem; margin: 2.5rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
        h3 { font-size: 1rem; margin: 0; }
        .lede { font-size: 1.05rem; max-width: 48rem; }
        .caveat { border-inline-start: 4px solid var(--accent); padding: .5rem .75rem; background: var(--card); max-width: 48rem; }
        .changes { border: 2px solid var(--accent); border-radius: 6px; padding: .25rem 1rem .5rem; margin: 1rem 0; max-width: 48rem; }
        .changes h2 { margin: .5rem 0; border: 0; font-size: 1.1rem; }
        .badge { font-size: .75rem; font-weight: 600; border-radius: 3px; padding: .05rem .4rem; border: 1px solid var(--accent); color: var(--accent); }
        .note { font-size: .9rem; color: var(--muted); border-inline-start: 3px solid var(--line); padding-inline-start: .5rem; }
        nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
        a { color: inherit; text-underline-offset: 2px; }
        bdi.fig, .fig bdi { unicode-bidi: isolate; }
        .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .75rem; }
        .tile { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
        .tile .figure { font-size: 1.7rem; font-weight: 700; margin: 0; font-variant-numeric: tabular-nums; line-height: 1.2; }
        .tile .what { color: var(--muted); font-size: .85rem; margin: .25rem 0 .5rem; }
        .tile ul.sides { list-style: none; padding: 0; margin: .25rem 0 .5rem; }
        .tile ul.sides li { border-top: 1px solid var(--line); padding: .35rem 0; min-width: 0; }
        .tile .side-name { margin: 0; font-size: .9rem; }
        .tile .who { color: var(--muted); font-size: .85rem; margin: .1rem 0 0; }
        .tile .mentions { font-size: .85rem; margin-top: .35rem; }
        .tile .mentions blockquote[dir="rtl"] { font-size: 1rem; }
        .mention-label { color: var(--muted); font-style: italic; margin: .25rem 0; }
        .tile .combined { border-top: 2px solid var(--line); padding-top: .4rem; }
        .tile .combined p { margin: 0; }
        .tile .combined strong { font-size: 1.3rem; font-variant-numeric: tabular-nums; }
        .backing { color: var(--muted); font-size: .85rem; margin: 0; }
        .chip { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-inline-end: .35em; vertical-align: -.05em; }
        .side-government { background: var(--gov); } .side-sdf { background: var(--sdf); } .side-independent { background: var(--ind); }
        .contention { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; min-width: 0; }
        .contention h4 { font-size: 1.05rem; margin: 0 0 .5rem; }
        .contention .sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr)); gap: 1rem; }
        .side-name { font-weight: 600; margin: 0 0 .35rem; }
        .stance { font-size: .8rem; font-weight: 700; letter-spacing: .02em; margin: 0 0 .2rem; }
        .stance-denies { color: var(--accent); }
        .verdict { font-weight: 600; }
        table.attribution tr.figure-row th, table.attribution tr.figure-row td { border-bottom: 0; }
        table.attribution tr.words td { padding-top: 0; }
        ul.comparisons li { margin: 0 0 .35rem; }
        .comparison.conflict { color: var(--accent); font-weight: 600; }
        .label { color: var(--muted); font-size: .85rem; margin: .5rem 0 .25rem; }
        figure.quote { margin: 0 0 .75rem; }
        blockquote { margin: 0; padding: .4rem .75rem; border-inline-start: 3px solid var(--line); background: var(--card); }
        blockquote p { margin: 0; }
        blockquote[dir="rtl"] { font-size: 1.1rem; line-height: 1.8; }
        .gloss, figcaption, .facts, .note-text { font-size: .9rem; }
        .gloss { margin: .3rem 0 0; }
        figure.quote figcaption { color: var(--muted); margin-top: .2rem; }
        figure { margin: 1.5rem 0; }
        figure svg { width: 100%; height: auto; display: block; background: #fff; border-radius: 4px; }
        figcaption { color: var(--muted); margin-top: .35rem; }
        figcaption strong { color: var(--fg); }
        details { margin-top: .35rem; font-size: .9rem; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: start; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
        td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
        thead th { position: sticky; top: 0; background: var(--bg); }
        .filters { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: end; margin: .5rem 0 1rem; }
        .filters label { display: flex; flex-direction: column; font-size: .85rem; }
        .filters select { font: inherit; padding: .2rem; }
        #claims-list { display: grid; gap: .75rem; }
        .claim { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; min-width: 0; }
        .claim h3 { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem .6rem; }
        .claim h3 .figure { font-size: 1.35rem; font-variant-numeric: tabular-nums; }
        .claim .meta { display: flex; flex-wrap: wrap; gap: .2rem 1rem; margin: .2rem 0 .5rem; font-size: .9rem; }
        .claim .facts { display: flex; flex-wrap: wrap; gap: .2rem 1rem; color: var(--muted); margin: .4rem 0 0; }
        .claim .note-text { margin: .3rem 0 0; font-style: italic; }
        /* Arabic type has no italic: a slanted Arabic note is a browser's fake. */
        :lang(ar) .mention-label, :lang(ar).mention-label, .claim :lang(ar).note-text, :lang(ar) .claim .note-text { font-style: normal; }
        code, .mono { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: .85em; }
        /* An id never breaks, not even at its hyphens; one too long for a phone scrolls inside itself. */
        code.id { white-space: nowrap; display: inline-block; max-width: 100%; overflow-x: auto; vertical-align: bottom; }
        .hash { overflow-wrap: anywhere; }
        .muted { color: var(--muted); }
        footer { color: var(--muted); font-size: .85rem; padding-bottom: 2rem; margin-top: 3rem; }
        @media (max-width: 40rem) {
          body { font-size: 15px; }
          h1 { font-size: 1.35rem; }
          .tile .figure { font-size: 1.6rem; }
        }
        @media print {
          :root { --bg: #fff; --fg: #000; --muted: #333; --card: #fff; }
          nav, .filters, details, .editions { display: none; }
          .tile, figure, tr, .claim, .contention { break-inside: avoid; }
          thead th { position: static; }
          a[href]::after { content: " (" attr(href) ")"; font-size: .8em; }
          h2 { break-after: avoid; }
        }
        """;
}
