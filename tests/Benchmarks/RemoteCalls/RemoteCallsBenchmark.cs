using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Benchmarks.RemoteCalls;

/// <summary>
/// Grain calls through a cluster client over loopback TCP to a silo (in this process), against a bare TCP echo on one
/// connection and a Kestrel JSON echo; 100 concurrent callers, a 200-byte argument.
/// Prints: remote-calls: grain=… tcp=… http=… ratio_tcp=… ratio_http=… p50_us=… p99_us=…
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
        var grain = await MeasureGrainsAsync();
        var tcp = await MeasureTcpAsync();
        var http = await MeasureHttpAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"remote-calls: grain={grain.Rate:F0} tcp={tcp:F0} http={http:F0} ratio_tcp={grain.Rate / tcp:F2} ratio_http={grain.Rate / http:F2} p50_us={grain.P50:F0} p99_us={grain.P99:F0}"));
    }

    private static async Task<(double Rate, double P50, double P99)> MeasureGrainsAsync()
    {
        await using var cluster = await TestCluster.StartClusterAsync(1, silo => silo.AddGrains(typeof(EchoGrain).Assembly));
        await using var client = cluster.CreateClient(TimeSpan.FromSeconds(30));
        var grains = Enumerable.Range(0, Grains).Select(i => client.GetGrain<IEchoGrain>($"echo-{i}")).ToArray();
        var latency = new LatencyRecorder(Concurrency);
        var operation = latency.Wrap((caller, i) => grains[(int)((caller * 7919 + i) % Grains)].EchoAsync(Payload));
        await Throughput.MeasureAsync(Concurrency, Warmup, TimeSpan.FromMilliseconds(1), operation);
        latency.Clear();
        var rate = await Throughput.MeasureAsync(Concurrency, TimeSpan.Zero, Duration, operation);
        return (rate, latency.PercentileMicroseconds(50), latency.PercentileMicroseconds(99));
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
