using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Benchmarks.RemoteCalls;

/// <summary>
/// Grain calls through an Orleans cluster client over loopback TCP to the gateway of one silo (both hosted in this
/// process), against a bare TCP echo on one connection and a Kestrel JSON echo; 100 concurrent callers, a 200-character
/// argument. The latency percentiles are the Orleans calls'.
/// Prints: remote-calls: orleans=… tcp=… http=… ratio_tcp=… ratio_http=… p50_us=… p99_us=…
/// </summary>
internal static class RemoteCallsBenchmark
{
    private const int Concurrency = 100;
    private const int Grains = 1000;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);
    private static readonly string Payload = new('p', 200);

    public static async Task RunAsync(string[] args)
    {
        var orleans = await MeasureOrleansAsync();
        var tcp = await MeasureTcpAsync();
        var http = await MeasureHttpAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"remote-calls: orleans={orleans.Rate:F0} tcp={tcp:F0} http={http:F0} ratio_tcp={orleans.Rate / tcp:F2} ratio_http={orleans.Rate / http:F2} p50_us={orleans.P50:F0} p99_us={orleans.P99:F0}"));
    }

    private static async Task<(double Rate, double P50, double P99)> MeasureOrleansAsync()
    {
        var (silo, gatewayPort) = await BenchmarkSilo.StartAsync();
        using (silo)
        {
            using var clientHost = await BenchmarkSilo.StartClientAsync(gatewayPort);
            var client = clientHost.Services.GetRequiredService<IClusterClient>();
            var grains = Enumerable.Range(0, Grains).Select(i => client.GetGrain<IEchoGrain>($"echo-{i}")).ToArray();
            var latency = new LatencyRecorder(Concurrency);
            var operation = latency.Wrap((caller, i) => grains[(int)((caller * 7919 + i) % Grains)].EchoAsync(Payload));
            await Throughput.MeasureAsync(Concurrency, Warmup, TimeSpan.FromMilliseconds(1), operation);
            latency.Clear();
            var rate = await Throughput.MeasureAsync(Concurrency, TimeSpan.Zero, Duration, operation);
            await clientHost.StopAsync();
            await silo.StopAsync();
            return (rate, latency.PercentileMicroseconds(50), latency.PercentileMicroseconds(99));
        }
    }

    private static async Task<double> MeasureTcpAsync()
    {
        await using var server = new EchoServer();
        await using var client = new EchoClient();
        await client.ConnectAsync(server.EndPoint);
        var payload = Encoding.UTF8.GetBytes(Payload);
        return await Throughput.MeasureAsync(Concurrency, Warmup, Duration, (_, _) => client.EchoAsync(payload));
    }

    private static async Task<double> MeasureHttpAsync()
    {
        await using var app = await HttpEchoServer.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency }) { BaseAddress = new Uri(address) };
        var message = new EchoMessage(Payload);
        return await Throughput.MeasureAsync(Concurrency, Warmup, Duration, async (_, _) =>
        {
            using var response = await http.PostAsJsonAsync("/echo", message);
            response.EnsureSuccessStatusCode();
            _ = await response.Content.ReadFromJsonAsync<EchoMessage>();
        });
    }
}
