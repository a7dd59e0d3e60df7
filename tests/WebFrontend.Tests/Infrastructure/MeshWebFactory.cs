using Mesh.WebFrontend.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mesh.WebFrontend.Tests.Infrastructure;

/// <summary>A WebFrontend host in production mode with its own data folder, test keys and test routes.</summary>
public sealed class MeshWebFactory : WebApplicationFactory<Program>
{
    public const string Issuer = "https://idp.test";
    public const string Audience = "mesh-api-test";

    private readonly Dictionary<string, string?> _settings;

    public MeshWebFactory(TestKeys keys, string dataDirectory, IDictionary<string, string?>? settings = null)
    {
        Keys = keys;
        DataDirectory = dataDirectory;
        _settings = new Dictionary<string, string?>
        {
            ["Mesh:LocalMode"] = "false",
            ["Mesh:DataDirectory"] = dataDirectory,
            ["Mesh:Auth:Issuer"] = Issuer,
            ["Mesh:Auth:Audience"] = Audience,
            ["Mesh:Auth:PublicKeyFiles:0"] = keys.RsaPemPath,
            ["Mesh:Auth:PublicKeyFiles:1"] = keys.EcPemPath,
            // A class's tests share one host and one test user; on a fast machine they send more than the default 600
            // requests a minute. LimitsTests set the limit they test.
            ["Mesh:Limits:PermitsPerWindow"] = "100000",
        };
        // A null value removes a default setting rather than binding a null.
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                _settings.Remove(key);
            }
            else
            {
                _settings[key] = value;
            }
        }
    }

    public TestKeys Keys { get; }

    public string DataDirectory { get; }

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // As settings, not a configuration source added at build time: the web host reads its storage and cluster
        // settings while it configures Orleans, as it reads command-line or environment settings in production.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        builder.ConfigureTestServices(services => services.AddSingleton<IMeshApiModule, TestApiModule>());
    }
}
