namespace Mesh.WebFrontend.Tests.Infrastructure;

/// <summary>
/// One production-mode host with default settings for a whole test class, for classes whose tests keep no state the
/// others could see (refused tokens, policies, routes, validation): starting a host with its silo per test would spend
/// most of the class's time starting hosts. Tests that need other settings still get a host of their own.
/// </summary>
public class SharedWebHost : IDisposable
{
    private readonly TempFolder _folder = new();

    public SharedWebHost()
        : this(null)
    {
    }

    protected SharedWebHost(IDictionary<string, string?>? settings)
    {
        Keys = new TestKeys(Path.Combine(_folder.Path, "keys"));
        Factory = new MeshWebFactory(Keys, Path.Combine(_folder.Path, "data"), settings);
    }

    public TestKeys Keys { get; }

    public MeshWebFactory Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        Keys.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A <see cref="SharedWebHost"/> in local mode (development sign-in), for classes of stateless local-mode tests.</summary>
public sealed class LocalModeWebHost() : SharedWebHost(new Dictionary<string, string?> { ["Mesh:LocalMode"] = "true" });

/// <summary>
/// A host shared by a test class whose settings are only known once a test runs (e.g. a PostgreSQL database made by a
/// collection fixture): the first test's settings start it, the class's other tests use it.
/// </summary>
public sealed class LazySharedWebHost : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SemaphoreSlim _starting = new(1, 1);
    private MeshWebFactory? _factory;

    public LazySharedWebHost() => Keys = new TestKeys(Path.Combine(_folder.Path, "keys"));

    public TestKeys Keys { get; }

    /// <summary>A client of the class's host, started with <paramref name="settings"/> if it is not running yet.</summary>
    public async Task<HttpClient> CreateClientAsync(Func<Task<Dictionary<string, string?>>> settings)
    {
        await _starting.WaitAsync();
        try
        {
            _factory ??= new MeshWebFactory(Keys, Path.Combine(_folder.Path, "data"), await settings());
            return _factory.CreateClient();
        }
        finally
        {
            _starting.Release();
        }
    }

    public void Dispose()
    {
        _factory?.Dispose();
        _starting.Dispose();
        Keys.Dispose();
        _folder.Dispose();
    }
}
