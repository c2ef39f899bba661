using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Output;

/// <summary>
/// Lets one run at a time swap a given output folder, so two runs into the same folder each put a
/// whole folder in place in turn instead of interleaving their renames. The lock is an exclusive
/// handle on a file named after the folder's real path; the system drops it when the process ends,
/// however it ends, so a crash never leaves the folder locked.
/// </summary>
internal static class OutputLock
{
    // The swap itself takes milliseconds; this only bounds a wait behind a stopped process.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Waits for, then holds, the lock on <paramref name="realFolder"/> until disposed.</summary>
    public static IDisposable Take(string realFolder, string shown)
    {
        // Kept in the temporary folder rather than beside the output, so the user's folders gain no
        // lock files; never deleted, because deleting a lock file lets a waiting run lock a file no
        // later run can see.
        var folder = Path.Combine(Path.GetTempPath(), "dashboard-output-locks-" + Environment.UserName);
        Directory.CreateDirectory(folder);
        var key = FileSystemPaths.Comparison == StringComparison.Ordinal ? realFolder : realFolder.ToUpperInvariant();
        var path = Path.Combine(folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32] + ".lock");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            }
            catch (IOException) when (waited.Elapsed < Patience)
            {
                Thread.Sleep(25);
            }
            catch (IOException ex)
            {
                throw new IOException($"{shown}: another run has been replacing this folder for {(int)Patience.TotalMinutes} minutes; try again when it ends", ex);
            }
        }
    }
}
