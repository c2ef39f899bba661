using System.Reflection;

namespace Dashboard.Rendering;

/// <summary>What every output says about how it was made.</summary>
public static class Provenance
{
    /// <summary>The generator's version, from the assembly (set once in Directory.Build.props).</summary>
    public static string GeneratorVersion { get; } =
        typeof(Provenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
