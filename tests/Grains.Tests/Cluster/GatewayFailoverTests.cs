using System.Globalization;
using Mesh.Grains.Health;
using Mesh.TestSupport;
using Orleans.TestingHost;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>
/// A cluster client (as the WebFrontend is when it runs apart from the silos) keeps working when a silo it uses as
/// gateway stops: over real TCP, with Orleans' classic test cluster.
/// </summary>
public sealed class GatewayFailoverTests
{
    [Fact]
    public async Task A_client_moves_to_the_other_gateway_when_its_gateway_silo_stops()
    {
        using var folder = new TempDirectory("mesh-gateway-");
        var builder = new TestClusterBuilder(2);
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[MeshSiloConfigurator.DataDirectoryKey] = folder.Path;
        builder.AddSiloBuilderConfigurator<MeshSiloConfigurator>();
        await using var cluster = builder.Build();
        await cluster.DeployAsync();

        // The client spreads grains over its gateways round-robin, so some of these go through each silo.
        var grains = Enumerable.Range(0, 16).Select(i => cluster.Client.GetGrain<IPingGrain>($"gateway-{i}")).ToList();
        await Task.WhenAll(grains.Select(g => g.PingAsync()));
        // The primary silo holds the test cluster's membership, so the secondary is the one that stops.
        var gateway = cluster.SecondarySilos.Single();
        var gatewayPort = gateway.GatewayAddress.Endpoint.Port;
        Assert.True(ClientConnectionsTo(gatewayPort) > 0, $"the client holds no TCP connection to the gateway on port {gatewayPort}");

        await cluster.StopSiloAsync(gateway);

        await WaitUntilAsync(() => ClientConnectionsTo(gatewayPort) == 0, $"the connection to port {gatewayPort} to close");
        await Task.WhenAll(grains.Select(g => g.PingAsync()));
        await Task.WhenAll(Enumerable.Range(16, 16).Select(i => cluster.Client.GetGrain<IPingGrain>($"gateway-{i}").PingAsync()));
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(20);
        }
    }

    /// <summary>Established TCP connections whose remote end is <paramref name="port"/>: the client's side of its gateway connections.</summary>
    private static int ClientConnectionsTo(int port) =>
        new[] { "/proc/net/tcp", "/proc/net/tcp6" }
            .Where(File.Exists)
            .SelectMany(path => File.ReadLines(path).Skip(1))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Count(fields => fields[3] == "01" && int.Parse(fields[2][(fields[2].IndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port);
}
