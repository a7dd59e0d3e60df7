using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Mesh.WebFrontend.Tests.FirstRun;

/// <summary>
/// Mesh as a person starts it: a real <c>dotnet</c> process in a chosen working folder. The address comes from the line
/// Mesh prints once it listens; disposing kills the process (and what it started, e.g. the app under <c>dotnet run</c>)
/// by its own id.
/// </summary>
public sealed partial class MeshProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Match> _banner = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MeshProcess(Process process) => _process = process;

    /// <summary>The URL from <c>Mesh is running (…): open URL</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>What the banner says about the mode, e.g. <c>local mode, data in /path</c>.</summary>
    public string Mode { get; private set; } = "";

    /// <summary>Everything the process printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The repository root: the folder above the test output that holds Mesh.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The build the tests run against, e.g. <c>Debug/net10.0</c>: the test project's own bin subfolder.</summary>
    public static string BuildFolder { get; } =
        Path.GetRelativePath(Path.Combine(RepositoryRoot, "tests", "WebFrontend.Tests", "bin"), AppContext.BaseDirectory).TrimEnd('/');

    /// <summary>The configuration of that build, for <c>dotnet run -c</c>.</summary>
    public static string Configuration { get; } = BuildFolder.Split('/')[0];

    /// <summary>The WebFrontend's own build output, the dll <c>deploy/run-cluster.sh</c> starts.</summary>
    public static string WebFrontendDll { get; } = Path.Combine(RepositoryRoot, "src", "WebFrontend", "bin", BuildFolder, "Mesh.WebFrontend.dll");

    /// <summary>Starts <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/> and waits for the banner.</summary>
    public static async Task<MeshProcess> StartAsync(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Production, whatever the test host runs as; no first-run text, and no build nodes left behind.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var mesh = new MeshProcess(process);
        process.OutputDataReceived += (_, line) => mesh.Take(line.Data);
        process.ErrorDataReceived += (_, line) => mesh.Take(line.Data);
        process.Exited += (_, _) => mesh._banner.TrySetException(new InvalidOperationException($"Mesh exited before it printed its address:\n{mesh.Output}"));
        if (!process.Start())
        {
            throw new InvalidOperationException("dotnet did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var banner = await mesh._banner.Task.WaitAsync(StartTimeout);
            mesh.Mode = banner.Groups["mode"].Value;
            mesh.Address = new Uri(banner.Groups["url"].Value);
            return mesh;
        }
        catch (TimeoutException)
        {
            await mesh.DisposeAsync();
            throw new TimeoutException($"Mesh did not print its address within {StartTimeout.TotalSeconds} s:\n{mesh.Output}");
        }
        catch
        {
            await mesh.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }

        using var waited = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(waited.Token);
        _process.Dispose();
    }

    private void Take(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var banner = Banner().Match(line);
        if (banner.Success)
        {
            _banner.TrySetResult(banner);
        }
    }

    [GeneratedRegex(@"^Mesh is running \((?<mode>[^)]*)\): open (?<url>\S+)$")]
    private static partial Regex Banner();

    private static string FindRepositoryRoot()
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
