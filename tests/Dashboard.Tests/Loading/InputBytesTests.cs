using System.Diagnostics;
using Dashboard.Loading;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Loading;

/// <summary>The data file is read with a handle of our own (a large one into a pinned array); it must give what the framework's reader gives.</summary>
public sealed class InputBytesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("input-bytes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(4_096)]
    [InlineData(3_000_001)]
    public void A_file_gives_every_byte_in_order_on_either_side_of_the_pinning_size(int length)
    {
        var path = Path.Combine(_folder, $"data-{length}.json");
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        Assert.Equal(bytes, InputBytes.Read(path, ownRegionFrom: length));
        Assert.Equal(bytes, InputBytes.Read(path, ownRegionFrom: length + 1));
    }

    [Fact]
    public void An_empty_file_is_empty()
    {
        var path = Path.Combine(_folder, "empty.json");
        File.WriteAllBytes(path, []);
        Assert.Empty(InputBytes.Read(path, ownRegionFrom: 0));
    }

    [Fact]
    public void A_file_that_states_no_length_is_read_to_its_end()
    {
        // Files under /proc report a length of 0 and still have content.
        const string path = "/proc/self/cmdline";
        if (!File.Exists(path)) return;
        Assert.Equal(File.ReadAllBytes(path), InputBytes.Read(path, ownRegionFrom: 0));
        Assert.NotEmpty(InputBytes.Read(path, ownRegionFrom: 0));
    }

    [Fact]
    public async Task A_dataset_written_into_a_pipe_loads()
    {
        // `generate --data <(git show HEAD~1:data/claims.json)` hands the loader a pipe, which cannot seek.
        if (OperatingSystem.IsWindows()) return;
        var fifo = Path.Combine(_folder, "claims.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) await mkfifo.WaitForExitAsync();
        var expected = File.ReadAllBytes(Repo.BundledData);
        var writer = Task.Run(() => File.WriteAllBytes(fifo, expected));

        var loaded = DatasetLoader.Load(fifo);

        await writer;
        Assert.Empty(loaded.Problems);
        Assert.Equal(DatasetLoader.Load(expected, "claims.json").Dataset!.Claims.Length, loaded.Dataset!.Claims.Length);
        Assert.Equal(DatasetLoader.Digest(expected), loaded.Input.Sha256);
    }
}
