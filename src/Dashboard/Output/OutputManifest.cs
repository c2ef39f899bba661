using System.Text.Encodings.Web;
using System.Text.Json;
using Dashboard.Loading;

namespace Dashboard.Output;

/// <summary>
/// The note an output folder keeps about itself (<see cref="FileName"/>): that this tool wrote it,
/// from which input, and which of its files are the tool's. A folder is replaced only when it holds
/// this note, and then only the files it lists go; anything else in the folder is the user's and is
/// carried into the new folder.
/// </summary>
/// <param name="Version">The generator's version.</param>
/// <param name="Input">The dataset the outputs were made from, with its SHA-256.</param>
/// <param name="Previous">The previous edition compared with (generate --previous), or null.</param>
/// <param name="Files">The outputs, relative to the folder with <c>/</c> separators, in ordinal order; filled in when the folder is written.</param>
public sealed record OutputManifest(string Version, InputFile Input, InputFile? Previous, IReadOnlyList<string> Files)
{
    /// <summary>The manifest's name inside an output folder; hidden, as it is for the tool rather than the reader.</summary>
    public const string FileName = ".dashboard-manifest.json";

    /// <summary>Who wrote the folder; a manifest that does not say exactly this is not one of ours.</summary>
    public const string WrittenBy = "Aleppo figures dashboard (Dashboard.Cli generate)";

    // A real manifest lists a few dozen names; anything far larger under this name is not ours, and is not read whole.
    private const long LargestReadable = 1 << 20;

    /// <summary>Writes the manifest as indented JSON; the same manifest always gives the same bytes.</summary>
    public void Write(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("written_by", WrittenBy);
        w.WriteString("version", Version);
        w.WriteString("about", "This folder was written by the generator. Its next run replaces the files listed here and keeps every other file; a folder without this manifest is never replaced.");
        WriteInput(w, "input", Input);
        WriteInput(w, "previous", Previous);
        w.WriteStartArray("files");
        foreach (var file in Files) w.WriteStringValue(file);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteInput(Utf8JsonWriter w, string name, InputFile? input)
    {
        if (input is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("name", input.Name);
        w.WriteString("sha256", input.Sha256);
        w.WriteEndObject();
    }

    /// <summary>
    /// The files the manifest in <paramref name="folder"/> says this tool wrote, or null when the folder
    /// holds no manifest of ours (none, unreadable, not ours, or naming a path outside the folder).
    /// </summary>
    public static IReadOnlySet<string>? OwnedFiles(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            var info = new FileInfo(path);
            // A link could point anywhere; only a plain file the tool wrote counts.
            if (!info.Exists || info.LinkTarget is not null || info.Length > LargestReadable) return null;
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("written_by", out var by) || by.ValueKind != JsonValueKind.String || by.GetString() != WrittenBy
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var owned = new HashSet<string>(StringComparer.FromComparison(FileSystemPaths.Comparison));
            foreach (var file in files.EnumerateArray())
            {
                if (file.ValueKind != JsonValueKind.String || !IsPlainRelative(file.GetString()!)) return null;
                owned.Add(file.GetString()!);
            }
            return owned;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>A name inside the folder: relative, <c>/</c>-separated, no empty, <c>.</c> or <c>..</c> part.</summary>
    private static bool IsPlainRelative(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Contains('\\', StringComparison.Ordinal)
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
}
