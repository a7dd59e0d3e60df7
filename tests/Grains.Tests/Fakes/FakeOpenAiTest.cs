using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.Fakes;

/// <summary>
/// A test class on the shared <see cref="FakeOpenAiServer"/>: the server is reset before each test, and the service
/// containers a test builds on it are disposed after it.
/// </summary>
public abstract class FakeOpenAiTest : IDisposable
{
    private readonly List<ServiceProvider> _containers = [];

    protected FakeOpenAiTest(FakeOpenAiServer server)
    {
        Server = server;
        Server.Reset();
    }

    protected FakeOpenAiServer Server { get; }

    /// <summary>Mesh's AI services on the fake server with <paramref name="settings"/>, disposed after the test.</summary>
    protected ServiceProvider Services(Dictionary<string, string?> settings, TimeProvider? time = null)
    {
        var container = FakeAi.Services(settings, time);
        _containers.Add(container);
        return container;
    }

    public void Dispose()
    {
        foreach (var container in _containers)
        {
            container.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
