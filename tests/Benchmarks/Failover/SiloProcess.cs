using System.Diagnostics;
using System.Globalization;

namespace Mesh.Benchmarks.Failover;

/// <summary>
/// A src/Silo process (src/Silo's own build output, built with this benchmark in the same configuration) on free
/// loopback ports, configured by environment variables as a deployment would be. Its last output lines are kept for error messages; killed (by its pid) on dispose.
/// </summary>
internal sealed class SiloProcess : IDisposable
{
    private const int KeptLines = 40;

    private static readonly Lazy<string> SiloAssembly = new(FindSiloAssembly);

    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private SiloProcess(Process process, int siloPort, int gatewayPort)
    {
        _process = process;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static SiloProcess Start(string dataDirectory, IReadOnlyDictionary<string, string> environment)
    {
        Directory.CreateDirectory(dataDirectory);
        var siloPort = BenchmarkSilo.FreePort();
        var gatewayPort = BenchmarkSilo.FreePort();
        // The data folder as working directory: no appsettings.json of another program is picked up from here.
        var start = new ProcessStartInfo("dotnet", [SiloAssembly.Value])
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Mesh__DataDirectory"] = dataDirectory;
        start.Environment["Mesh__Cluster__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["Mesh__Cluster__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new SiloProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), siloPort, gatewayPort);
    }

    /// <summary>SIGKILL: the silo gets no chance to leave the cluster or hand anything over.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    /// <summary>
    /// src/Silo/bin/{configuration}/{framework}/Mesh.Silo.dll, found above this benchmark's own output folder
    /// (tests/Benchmarks/bin/{configuration}/{framework}): the silo runs with its own dependencies and runtime settings.
    /// </summary>
    private static string FindSiloAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = output.Name;
        var configuration = output.Parent?.Name ?? "";
        for (var folder = output; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "Silo", "bin", configuration, framework, "Mesh.Silo.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"src/Silo/bin/{configuration}/{framework}/Mesh.Silo.dll was not found above {AppContext.BaseDirectory}; build tests/Benchmarks, which builds src/Silo.");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > KeptLines)
            {
                _output.Dequeue();
            }
        }
    }
}
