namespace Dashboard.Model;

/// <summary>Which party to the conflict a source speaks for.</summary>
public enum Side
{
    /// <summary>The Syrian government, its ministries, army, agencies and state media.</summary>
    Government,
    /// <summary>The Syrian Democratic Forces and the bodies aligned with them (e.g. the Asayish).</summary>
    Sdf,
    /// <summary>Neither party.</summary>
    Independent,
}

/// <summary>How a figure is hedged in the text.</summary>
public enum Qualifier
{
    /// <summary>A plain number: "8 injured".</summary>
    Exact,
    /// <summary>"more than 46,000": a lower bound.</summary>
    MoreThan,
    /// <summary>"at least 4": a lower bound.</summary>
    AtLeast,
    /// <summary>"about 50": treated as the number itself, flagged as approximate.</summary>
    About,
    /// <summary>"up to 30": an upper bound, from zero.</summary>
    UpTo,
    /// <summary>A word, not a number ("dozens"): coded with explicit bounds.</summary>
    Vague,
    /// <summary>Harm mentioned with no number ("injuries among the security forces"): shown, counted in no total.</summary>
    Unquantified,
}

/// <summary>Whom a claim's source holds responsible for the harm it counts.</summary>
public enum Blame
{
    /// <summary>The government side (army, security forces, factions of the Ministry of Defence).</summary>
    Government,
    /// <summary>The SDF side (the SDF, the Asayish).</summary>
    Sdf,
    /// <summary>The words name no one, or the figure is not a harm (the share of an area combed).</summary>
    NotStated,
}

/// <summary>How a position answers a contention's question.</summary>
public enum Stance
{
    /// <summary>The source says the question's claim is so.</summary>
    Asserts,
    /// <summary>The source says it is not.</summary>
    Denies,
}

/// <summary>Who a figure is about.</summary>
public enum Affected
{
    /// <summary>Civilians.</summary>
    Civilians,
    /// <summary>Syrian army, police or internal security forces of the government.</summary>
    GovernmentForces,
    /// <summary>SDF fighters or Asayish members.</summary>
    SdfForces,
    /// <summary>Civil defence (rescue) workers.</summary>
    CivilDefense,
    /// <summary>The text names more than one of the groups above in one figure.</summary>
    Mixed,
    /// <summary>The text does not say.</summary>
    Unspecified,
}

/// <summary>What a metric counts.</summary>
public enum Unit
{
    /// <summary>Persons.</summary>
    People,
    /// <summary>Households.</summary>
    Families,
    /// <summary>A share from 0 to 100; never summed.</summary>
    Percent,
    /// <summary>Attacks or other discrete events.</summary>
    Events,
}

/// <summary>
/// The wire spelling of every vocabulary, in one place so the loader, the schema test and the
/// writers agree. Order matters: it is the order tables and charts list the values in.
/// </summary>
public static class Vocabulary
{
    /// <summary>Side values as written in the data.</summary>
    public static readonly IReadOnlyList<(Model.Side Value, string Wire)> Sides =
    [
        (Side.Government, "government"), (Side.Sdf, "sdf"), (Side.Independent, "independent"),
    ];

    /// <summary>Qualifier values as written in the data.</summary>
    public static readonly IReadOnlyList<(Qualifier Value, string Wire)> Qualifiers =
    [
        (Qualifier.Exact, "exact"), (Qualifier.MoreThan, "more_than"), (Qualifier.AtLeast, "at_least"),
        (Qualifier.About, "about"), (Qualifier.UpTo, "up_to"), (Qualifier.Vague, "vague"),
        (Qualifier.Unquantified, "unquantified"),
    ];

    /// <summary>Blame values as written in the data: a side, or not_stated.</summary>
    public static readonly IReadOnlyList<(Blame Value, string Wire)> Blames =
    [
        (Blame.Government, "government"), (Blame.Sdf, "sdf"), (Blame.NotStated, "not_stated"),
    ];

    /// <summary>Stance values as written in the data.</summary>
    public static readonly IReadOnlyList<(Stance Value, string Wire)> Stances =
    [
        (Stance.Asserts, "asserts"), (Stance.Denies, "denies"),
    ];

    /// <summary>Affected-group values as written in the data.</summary>
    public static readonly IReadOnlyList<(Affected Value, string Wire)> AffectedGroups =
    [
        (Affected.Civilians, "civilians"), (Affected.GovernmentForces, "government_forces"),
        (Affected.SdfForces, "sdf_forces"), (Affected.CivilDefense, "civil_defense"),
        (Affected.Mixed, "mixed"), (Affected.Unspecified, "unspecified"),
    ];

    /// <summary>Unit values as written in the data.</summary>
    public static readonly IReadOnlyList<(Unit Value, string Wire)> Units =
    [
        (Unit.People, "people"), (Unit.Families, "families"), (Unit.Percent, "percent"), (Unit.Events, "events"),
    ];

    /// <summary>Kinds of source. A closed list so filters and charts stay meaningful.</summary>
    public static readonly IReadOnlyList<string> SourceKinds =
        ["official", "state_media", "party_media", "military", "security", "independent_media", "political"];

    /// <summary>Document languages the product handles.</summary>
    public static readonly IReadOnlyList<string> Languages = ["ar", "en"];

    /// <summary>Metric ids every dataset must define, because the report has a tile for each.</summary>
    public static readonly IReadOnlyList<string> RequiredMetrics =
        ["killed", "injured", "displaced_people", "displaced_families", "area_cleared_pct", "attacks"];

    /// <summary>The wire spelling of a side.</summary>
    public static string Wire(this Model.Side value) => Find(Sides, value);

    /// <summary>The wire spelling of a qualifier.</summary>
    public static string Wire(this Qualifier value) => Find(Qualifiers, value);

    /// <summary>The wire spelling of an affected group.</summary>
    public static string Wire(this Affected value) => Find(AffectedGroups, value);

    /// <summary>The wire spelling of a blame.</summary>
    public static string Wire(this Blame value) => Find(Blames, value);

    /// <summary>The wire spelling of a stance.</summary>
    public static string Wire(this Stance value) => Find(Stances, value);

    /// <summary>The side a blame names, or null for <see cref="Blame.NotStated"/>.</summary>
    public static Model.Side? BlamedSide(this Blame value) => value switch
    {
        Blame.Government => Model.Side.Government,
        Blame.Sdf => Model.Side.Sdf,
        _ => null,
    };

    /// <summary>The wire spelling of a unit.</summary>
    public static string Wire(this Unit value) => Find(Units, value);

    /// <summary>The value whose wire spelling is <paramref name="wire"/>, if any.</summary>
    public static bool TryParse<T>(IReadOnlyList<(T Value, string Wire)> table, string wire, out T value)
    {
        // Indexed, not foreach: an enumerator per call was 45 MiB of garbage at 100,000 claims (every
        // output spells five fields of every claim).
        for (var i = 0; i < table.Count; i++)
        {
            var (v, w) = table[i];
            if (string.Equals(w, wire, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }
        value = default!;
        return false;
    }

    private static string Find<T>(IReadOnlyList<(T Value, string Wire)> table, T value) where T : struct, Enum
    {
        for (var i = 0; i < table.Count; i++)
        {
            var (v, w) = table[i];
            if (EqualityComparer<T>.Default.Equals(v, value)) return w;
        }
        throw new ArgumentOutOfRangeException(nameof(value), value, "not in the vocabulary");
    }
}
