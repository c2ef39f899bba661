using System.Security.Cryptography;
using Dashboard.Synthesis;
using Dashboard.Tests.Support;
using DatasetLoader = Dashboard.Loading.DatasetLoader;

namespace Dashboard.Tests.Loading;

/// <summary>The input's SHA-256, which every output prints as provenance, whichever way the loader works it out.</summary>
public class InputDigestTests
{
    [Fact]
    public void A_small_file_and_a_large_one_both_carry_the_sha256_of_their_bytes()
    {
        // The bundled file is hashed in turn; past a mebibyte the hash runs beside the parsing.
        var small = File.ReadAllBytes(Repo.BundledData);
        using var stream = new MemoryStream();
        SyntheticDataset.Write(stream, 5_000, seed: 3);
        var large = stream.ToArray();
        Assert.True(small.Length < 1 << 20 && large.Length > 1 << 20);
        foreach (var bytes in new[] { small, large })
        {
            var loaded = DatasetLoader.Load(bytes, "data/x.json");
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), loaded.Input.Sha256);
            Assert.Equal("x.json", loaded.Input.Name);
        }
        // A refused file is still named and digested.
        var broken = large[..(large.Length / 2)];
        var refused = DatasetLoader.Load(broken, "x.json");
        Assert.Null(refused.Dataset);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(broken)), refused.Input.Sha256);
    }
}
