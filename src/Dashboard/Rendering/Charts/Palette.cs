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

    /// <summary>How the report names a side in prose and legends.</summary>
    public static string Label(Side side) => side switch
    {
        Side.Government => "Government sources",
        Side.Sdf => "SDF sources",
        _ => "Independent sources",
    };
}
