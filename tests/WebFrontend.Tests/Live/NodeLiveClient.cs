using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mesh.WebFrontend.Tests.Live;

/// <summary>
/// Runs tests/live-client/encounter-client.mjs: the real @microsoft/signalr client in Node, following a scenario of
/// steps, and collects the JSON lines it prints.
/// </summary>
public static class NodeLiveClient
{
    public static string ClientFolder { get; } = Path.Combine(RepositoryRoot(), "tests", "live-client");

    public static async Task<LiveRun> RunAsync(Uri server, string token, IEnumerable<object> steps, TimeSpan timeout, string? conversationId = null)
    {
        if (!Directory.Exists(Path.Combine(ClientFolder, "node_modules", "@microsoft", "signalr")))
        {
            throw new InvalidOperationException($"The SignalR client is not installed: run 'npm ci' in {ClientFolder} (test.sh does).");
        }

        var scenarioPath = Path.Combine(Path.GetTempPath(), $"mesh-live-{Guid.NewGuid():N}.json");
        var scenario = new
        {
            url = new Uri(server, "/hubs/encounters").ToString(),
            token,
            conversationId,
            steps,
        };
        await File.WriteAllTextAsync(scenarioPath, JsonSerializer.Serialize(scenario));
        try
        {
            return await RunProcessAsync(scenarioPath, timeout);
        }
        finally
        {
            File.Delete(scenarioPath);
        }
    }

    /// <summary>Starts the client without waiting, for tests that act on the cluster while it streams.</summary>
    public static Task<RunningLiveClient> StartAsync(Uri server, string token, IEnumerable<object> steps) => StartAsync([server], token, steps);

    /// <summary>Like <see cref="StartAsync(Uri, string, IEnumerable{object})"/>; when one server goes away the client moves to the next.</summary>
    public static async Task<RunningLiveClient> StartAsync(IReadOnlyList<Uri> servers, string token, IEnumerable<object> steps)
    {
        var scenarioPath = Path.Combine(Path.GetTempPath(), $"mesh-live-{Guid.NewGuid():N}.json");
        var urls = servers.Select(server => new Uri(server, "/hubs/encounters").ToString()).ToArray();
        await File.WriteAllTextAsync(scenarioPath, JsonSerializer.Serialize(new { url = urls[0], urls, token, steps }));
        return new RunningLiveClient(StartProcess(scenarioPath), scenarioPath);
    }

    internal static Process StartProcess(string scenarioPath)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(ClientFolder, "encounter-client.mjs"), scenarioPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ClientFolder,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
    }

    private static async Task<LiveRun> RunProcessAsync(string scenarioPath, TimeSpan timeout)
    {
        using var process = StartProcess(scenarioPath);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        return LiveRun.Parse(await stdout, await stderr, process.HasExited ? process.ExitCode : -1);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Mesh.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Mesh.sln was not found above the test folder.");
    }
}

/// <summary>A Node client that is still running; its lines can be awaited as they come.</summary>
public sealed class RunningLiveClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _scenarioPath;
    private readonly List<JsonObject> _lines = [];
    private readonly Task _reader;
    private readonly Task<string> _stderr;

    public RunningLiveClient(Process process, string scenarioPath)
    {
        _process = process;
        _scenarioPath = scenarioPath;
        _stderr = process.StandardError.ReadToEndAsync();
        _reader = ReadLinesAsync();
    }

    /// <summary>Waits for a printed line that matches, e.g. the "started" line with the conversation id.</summary>
    public async Task<JsonObject> WaitForLineAsync(Func<JsonObject, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            lock (_lines)
            {
                if (_lines.FirstOrDefault(match) is { } line)
                {
                    return line;
                }
            }

            if (_reader.IsCompleted)
            {
                break;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The client did not print the line waited for. " + await WaitAsync(TimeSpan.FromSeconds(1)));
    }

    public async Task<LiveRun> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _reader;
        var errors = await _stderr;
        lock (_lines)
        {
            return new LiveRun([.. _lines], errors, _process.ExitCode);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _reader;
        _process.Dispose();
        File.Delete(_scenarioPath);
    }

    private async Task ReadLinesAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.Length > 0)
            {
                // When the test saw the line, so tests can measure waits (e.g. between acknowledgements across a failover).
                var parsed = JsonNode.Parse(line)!.AsObject();
                parsed["receivedAt"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
                lock (_lines)
                {
                    _lines.Add(parsed);
                }
            }
        }
    }
}

/// <summary>What a Node client printed.</summary>
public sealed record LiveRun(IReadOnlyList<JsonObject> Lines, string Errors, int ExitCode)
{
    public static LiveRun Parse(string stdout, string stderr, int exitCode) => new(
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())], stderr, exitCode);

    public bool Succeeded => ExitCode == 0 && Lines.Any(l => (string?)l["t"] == "done");

    public string? ConversationId => Lines.Where(l => (string?)l["t"] == "started").Select(l => (string?)l["conversationId"]).FirstOrDefault();

    /// <summary>The data of every event with this name, in arrival order.</summary>
    public IReadOnlyList<JsonObject> Events(string name) =>
        [.. Lines.Where(l => (string?)l["t"] == "event" && (string?)l["name"] == name).Select(l => l["data"]!.AsObject())];

    public IReadOnlyList<JsonObject> Of(string type) => [.. Lines.Where(l => (string?)l["t"] == type)];

    public override string ToString() => $"exit {ExitCode}; stderr: {Errors}; stdout:\n{string.Join('\n', Lines.Select(l => l.ToJsonString()))}";
}
