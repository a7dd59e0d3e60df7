using Mesh.TestSupport;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Browser;

namespace Mesh.WebFrontend.Tests.Live;

/// <summary>Mesh in local mode on Kestrel with the fake speech service, plus the tokens and patients live tests need.</summary>
public sealed class LiveTestHost : IAsyncDisposable
{
    private readonly TempFolder _folder;

    private LiveTestHost(TempFolder folder, FakeSpeechServer speech, LocalMeshServer server)
    {
        _folder = folder;
        Speech = speech;
        Server = server;
    }

    public FakeSpeechServer Speech { get; }

    public LocalMeshServer Server { get; }

    public string Folder => _folder.Path;

    public static async Task<LiveTestHost> StartAsync(IReadOnlyList<string> texts, Dictionary<string, string?>? extra = null, bool translation = true)
    {
        var folder = new TempFolder();
        var speech = await FakeSpeechServer.StartAsync(texts);
        var settings = speech.Settings(translation);
        settings["Mesh:Live:DetailedErrors"] = "true";
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new LiveTestHost(folder, speech, new LocalMeshServer(folder.Path, settings));
    }

    public Task<string> TokenAsync(string tenant = "clinic-a", string userId = "dr-live", string role = "doctor") =>
        new LiveHttp(Server.BaseAddress).TokenAsync(tenant, userId, role);

    public Task<string> CreatePatientAsync(string token) => new LiveHttp(Server.BaseAddress).CreatePatientAsync(token);

    public static object Start(string patientId, string mode = "scribe", string doctorLanguage = "en", string patientLanguage = "en", bool consent = true) => new
    {
        op = "start",
        request = new
        {
            patientId,
            mode,
            doctorLanguage,
            patientLanguage,
            audioFormat = "pcm16",
            consent = new { obtained = consent, method = "verbal" },
        },
    };

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Speech.DisposeAsync();
        _folder.Dispose();
    }
}
