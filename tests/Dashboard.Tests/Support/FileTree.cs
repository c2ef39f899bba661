using System.Security.Cryptography;

namespace Dashboard.Tests.Support;

/// <summary>
/// Everything under a folder, to prove a command left a user's files alone: each file's SHA-256,
/// each folder, each link and where it points. Links are recorded, not followed.
/// </summary>
public static class FileTree
{
    public static SortedDictionary<string, string> Of(string root)
    {
        var tree = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Walk(string folder)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
            {
                var name = Path.GetRelativePath(root, entry).Replace(Path.DirectorySeparatorChar, '/');
                var info = new FileInfo(entry);
                if (info.LinkTarget is { } target) tree[name] = "link -> " + target;
                else if (Directory.Exists(entry))
                {
                    tree[name + "/"] = "folder";
                    Walk(entry);
                }
                else tree[name] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(entry)));
            }
        }
        Walk(root);
        return tree;
    }

    /// <summary>Asserts two trees are the same, naming what differs.</summary>
    public static void AssertSame(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var differ = before.Keys.Union(after.Keys)
            .Where(k => !before.TryGetValue(k, out var b) || !after.TryGetValue(k, out var a) || a != b)
            .Select(k => $"{k}: {before.GetValueOrDefault(k, "(absent)")} -> {after.GetValueOrDefault(k, "(absent)")}")
            .ToList();
        Assert.True(differ.Count == 0, "changed:\n" + string.Join("\n", differ));
    }
}
