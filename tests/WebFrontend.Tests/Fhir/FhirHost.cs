using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Fhir;

/// <summary>
/// One WebFrontend host (with its silo) shared by a FHIR test class: starting one per test would spend most of the
/// run starting hosts. Tests stay apart by clinic: each test gets a tenant of its own (<see cref="FhirTestBase"/>).
/// </summary>
public sealed class FhirHost : IDisposable
{
    public const string SecretA = "clinic-a-webhook-secret-0123456789";
    public const string SecretB = "clinic-b-webhook-secret-9876543210";

    /// <summary>Small enough to test the 413 cheaply, large enough for two Synthea bundles in one transaction.</summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    private readonly TempFolder _folder = new();
    private readonly MeshWebFactory _factory;

    public FhirHost()
    {
        Keys = new TestKeys(Path.Combine(_folder.Path, "keys"));
        var secretFile = Path.Combine(_folder.Path, "clinic-b.secret");
        File.WriteAllText(secretFile, SecretB + "\n");
        _factory = new MeshWebFactory(Keys, Path.Combine(_folder.Path, "data"), new Dictionary<string, string?>
        {
            ["Mesh:Fhir:MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mesh:Fhir:Webhook:Secrets:clinic-a"] = SecretA,
            ["Mesh:Fhir:Webhook:SecretFiles:clinic-b"] = secretFile,
        });
        Client = _factory.CreateClient();
    }

    public TestKeys Keys { get; }

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        Keys.Dispose();
        _folder.Dispose();
    }
}

/// <summary>A FHIR test on the shared host, in a clinic of its own unless it names one.</summary>
public abstract class FhirTestBase(FhirHost host) : IClassFixture<FhirHost>
{
    protected string Tenant { get; } = "t-" + Guid.NewGuid().ToString("N")[..12];

    protected FhirHost Host => host;

    protected HttpClient CreateClient() => host.Client;

    protected string DoctorToken(string? tenant = null, string userId = "dr-house") =>
        TestTokens.Rs256(host.Keys.Rsa, TestTokens.Claims(tenant ?? Tenant, userId, ["doctor"]));

    protected string AdminToken(string? tenant = null) =>
        TestTokens.Rs256(host.Keys.Rsa, TestTokens.Claims(tenant ?? Tenant, "admin-1", ["admin"]));

    protected static HttpRequestMessage Get(string url, string? token = null) => TestRequests.Get(url, token);

    protected static HttpRequestMessage Post(string url, HttpContent content, string? token = null) => TestRequests.Post(url, content, token);
}
