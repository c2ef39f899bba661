using Dashboard.Loading;

namespace Dashboard.Tests.Loading;

/// <summary>A large file is read into an array of its own; it must give the bytes the framework's reader gives.</summary>
public sealed class InputBytesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("input-bytes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4_096)]
    [InlineData(3_000_001)]
    public void A_file_read_into_its_own_array_holds_every_byte_in_order(int length)
    {
        var path = Path.Combine(_folder, $"data-{length}.json");
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        // From size 0, every file takes the pinned path; from the real threshold, none of these does.
        Assert.Equal(bytes, InputBytes.Read(path, ownRegionFrom: 0));
        Assert.Equal(bytes, InputBytes.Read(path));
    }

    [Fact]
    public void A_missing_file_fails_as_the_framework_reader_does()
    {
        var path = Path.Combine(_folder, "absent.json");
        Assert.Throws<FileNotFoundException>(() => InputBytes.Read(path, ownRegionFrom: 0));
    }
}
