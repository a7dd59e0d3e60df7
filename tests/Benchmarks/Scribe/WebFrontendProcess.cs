using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Mesh.Benchmarks.Scribe;

/// <summary>The WebFrontend in local mode as its own process on a free loopback port, stopped (by its pid) on dispose.</summary>
internal sealed class WebFrontendProcess : IAsyncDisposable
{
    private readonly Process _process;

    private WebFrontendProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The CPU time the process has used so far, for figures measured on a machine shared with other work.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<WebFrontendProcess> StartAsync(string dataDirectory)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [
            Path.Combine(AppContext.BaseDirectory, "Mesh.WebFrontend.dll"),
            "--Mesh:LocalMode=true", $"--Mesh:DataDirectory={dataDirectory}", "--Mesh:Limits:PermitsPerWindow=1000000",
            "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var web = new WebFrontendProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await web.WaitUntilReadyAsync();
        return web;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The WebFrontend did not become ready within 30 seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
