using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.WebFrontend.Tests.Browser;

/// <summary>
/// The real app in local mode on Kestrel, on a free loopback port: a browser needs a socket, which the in-memory
/// test server does not have.
/// </summary>
public sealed class LocalMeshServer : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly TimeSpan _shutdownTimeout;

    /// <summary>
    /// Starts the app. <paramref name="shutdownTimeout"/> (default 15 s) is how long stopping waits for open connections
    /// and the in-process silo; a WebFrontend that is a cluster client and is to vanish mid-stream takes a short one.
    /// </summary>
    public LocalMeshServer(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null, TimeSpan? shutdownTimeout = null)
    {
        _dataDirectory = dataDirectory;
        _settings = settings ?? new Dictionary<string, string?>();
        _shutdownTimeout = shutdownTimeout ?? TimeSpan.FromSeconds(15);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");

        // By default long enough for the in-process Orleans silo of local mode to stop gracefully; open SignalR
        // connections are served until the host has stopped or this time is up.
        builder.UseShutdownTimeout(_shutdownTimeout);
        // Host settings, not app configuration sources: the app reads some of them (the cluster's gateways) while it
        // registers its services, before sources added by the test host would be there.
        // A later setting of the same key wins. Failover and rolling-upgrade tests write and read back as fast as the
        // cluster answers, for as long as the restarts take: more than the 600 requests a minute one user may send by
        // default. LimitsTests test the limit.
        builder.UseSetting("Mesh:Limits:PermitsPerWindow", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Mesh:LocalMode", "true");
        builder.UseSetting("Mesh:DataDirectory", _dataDirectory);
    }
}
