using Mesh.Runtime.Testing;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>
/// Three silos on a SQLite durable provider shared by the tests of one class that neither kill silos nor need other
/// settings (each uses streams of its own), so the class starts a cluster once. Failing subscribers get two attempts.
/// </summary>
public sealed class SharedStreamCluster : IAsyncLifetime
{
    public StreamStorage Storage { get; } = StreamStorage.Sqlite();

    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Cluster = await Storage.StartClusterAsync(3, o => (o.MaxDeliveryAttempts, o.RetryBackoff) = (2, TimeSpan.FromMilliseconds(5)));

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Storage.DisposeAsync();
    }
}
