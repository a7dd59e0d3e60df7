using Mesh.Runtime.Streams;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>Provider registration and settings.</summary>
public sealed class StreamOptionsTests
{
    [Fact]
    public async Task InvalidOptions_FailTheSiloStartNamingProviderAndOption()
    {
        await using var storage = StreamStorage.Memory();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => storage.StartClusterAsync(options => options.MaxBufferedEvents = 0));

        Assert.Contains("Stream provider 'events': MaxBufferedEvents must be positive (was 0).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStreamProvider_UnknownName_Throws()
    {
        await using var storage = StreamStorage.Memory();
        await using var cluster = await storage.StartClusterAsync();

        var error = Assert.Throws<InvalidOperationException>(() => cluster.Services.GetStreamProvider("nope"));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }
}
