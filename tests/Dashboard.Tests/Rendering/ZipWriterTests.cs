using System.IO.Compression;
using Dashboard.Rendering.Excel;

namespace Dashboard.Tests.Rendering;

/// <summary>
/// The workbook's zip writer read back by .NET's own zip reader: entries cut into 1 MiB chunks
/// compressed in parallel must join into one deflate stream holding exactly the bytes written.
/// </summary>
public class ZipWriterTests
{
    /// <summary>Entries of no byte, one byte, exactly one chunk, and several chunks, some text-like, some random.</summary>
    private static List<(string Name, byte[] Content)> Entries()
    {
        var random = new Random(21);
        var noise = new byte[(1 << 20) + 4097];
        random.NextBytes(noise);
        var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 200_000).Select(i => $"<c r=\"A{i}\"><v>{i % 97}</v></c>")));
        // Random bytes do not compress: a chunk's deflate output is larger than the chunk, so the pooled buffer has to grow.
        var mixed = text.Concat(noise).Concat(text.AsSpan(0, 300_000).ToArray()).ToArray();
        return
        [
            ("empty.xml", []),
            ("one.xml", [(byte)'x']),
            ("chunk.bin", noise.AsSpan(0, 1 << 20).ToArray()),
            ("text.xml", text),
            ("mixed.bin", mixed),
        ];
    }

    private static byte[] Write(IEnumerable<(string Name, byte[] Content)> entries, int piece)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipWriter(output))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.Open(name);
                // Written in pieces that straddle chunk boundaries, as the sheet writer's flushes do.
                for (var at = 0; at < content.Length; at += piece) entry.Write(content, at, Math.Min(piece, content.Length - at));
            }
        }
        return output.ToArray();
    }

    [Fact]
    public void Every_entry_reads_back_byte_for_byte_whatever_its_size_and_compressibility()
    {
        var entries = Entries();
        using var archive = new ZipArchive(new MemoryStream(Write(entries, 65_536)), ZipArchiveMode.Read);
        Assert.Equal(entries.Select(e => e.Name), archive.Entries.Select(e => e.FullName));
        foreach (var (name, content) in entries)
        {
            var entry = archive.GetEntry(name)!;
            Assert.Equal(content.Length, entry.Length);
            using var read = new MemoryStream();
            using (var s = entry.Open()) s.CopyTo(read);
            Assert.True(content.AsSpan().SequenceEqual(read.ToArray()), $"{name} differs after a round trip");
            Assert.Equal(System.IO.Hashing.Crc32.HashToUInt32(content), entry.Crc32);
        }
    }

    [Fact]
    public void The_same_entries_give_the_same_bytes_however_they_are_written()
    {
        var entries = Entries();
        Assert.Equal(Write(entries, 65_536), Write(entries, 7_919));
    }
}
