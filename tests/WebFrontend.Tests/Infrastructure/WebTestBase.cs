using System.Net.Http.Json;

namespace Mesh.WebFrontend.Tests.Infrastructure;

/// <summary>
/// One temp folder, one key set and a production-mode host per test; settings can be overridden. A class given a
/// <see cref="SharedWebHost"/> uses its keys, and its host for every client asked for without settings.
/// </summary>
public abstract class WebTestBase : IDisposable
{
    private readonly List<IDisposable> _owned = [];
    private readonly SharedWebHost? _shared;

    protected WebTestBase()
        : this(null)
    {
    }

    protected WebTestBase(SharedWebHost? shared)
    {
        _shared = shared;
        Folder = Own(new TempFolder());
        Keys = shared?.Keys ?? Own(new TestKeys(Path.Combine(Folder.Path, "keys")));
    }

    protected TempFolder Folder { get; }

    protected TestKeys Keys { get; }

    protected string DataDirectory => Path.Combine(Folder.Path, "data");

    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }

        GC.SuppressFinalize(this);
    }

    protected MeshWebFactory CreateFactory(IDictionary<string, string?>? settings = null) =>
        Own(new MeshWebFactory(Keys, DataDirectory, settings));

    protected HttpClient CreateClient(IDictionary<string, string?>? settings = null) =>
        settings is null && _shared is not null ? _shared.Factory.CreateClient() : CreateFactory(settings).CreateClient();

    protected string DoctorToken(string tenant = "clinic-a", string userId = "dr-house") =>
        TestTokens.Rs256(Keys.Rsa, TestTokens.Claims(tenant, userId, ["doctor"]));

    protected string AdminToken(string tenant = "clinic-a", string userId = "admin-1") =>
        TestTokens.Rs256(Keys.Rsa, TestTokens.Claims(tenant, userId, ["admin"]));

    protected static HttpRequestMessage Get(string url, string? token = null) => TestRequests.Get(url, token);

    protected static HttpRequestMessage Post(string url, HttpContent content, string? token = null) => TestRequests.Post(url, content, token);

    protected static HttpRequestMessage PostJson(string url, object body, string? token = null) =>
        Post(url, JsonContent.Create(body), token);

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
