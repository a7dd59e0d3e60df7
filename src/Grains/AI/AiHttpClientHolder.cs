namespace Mesh.Grains.AI;

/// <summary>
/// The one HttpClient all AI providers share. Pooled connections are recycled so DNS changes are picked up, and the
/// client's own timeout is off because each provider enforces its configured per-attempt timeout.
/// </summary>
internal sealed class AiHttpClientHolder : IDisposable
{
    public HttpClient Client { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public void Dispose() => Client.Dispose();
}
