using Dashboard.Model;

namespace Dashboard.Rendering.Charts;

/// <summary>
/// One colour per side, used by every chart and every table. Okabe–Ito colours, distinguishable
/// with the common colour-vision deficiencies and on white in both light and dark page schemes.
/// </summary>
public static class Palette
{
    /// <summary>Hex colour of a side.</summary>
    public static string Of(Side side) => side switch
    {
        Side.Government => "#0072B2",
        Side.Sdf => "#D55E00",
        _ => "#009E73",
    };

    /// <summary>For figures not tied to one side (an incident both sides report, an affected group).</summary>
    public const string Neutral = "#6E6E6E";

    /// <summary>The legend swatch beside the key to "+": the pale shade of an open bar's stub.</summary>
    public static string OpenEnded { get; } = Lighter(Neutral, 0.2);

    /// <summary>A lighter shade of <paramref name="hex"/>, mixed with white: the uncertain part of a bar.</summary>
    public static string Lighter(string hex, double share = 0.35)
    {
        var rgb = Convert.FromHexString(hex.TrimStart('#'));
        return "#" + Convert.ToHexString(rgb.Select(c => (byte)Math.Round(255 - (255 - c) * share)).ToArray());
    }
}
