using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Mesh.TestSupport;

/// <summary>
/// A real src/Silo process started by a test, configured the way ops configure it: environment variables
/// (<c>Mesh:Storage:Provider</c> becomes <c>Mesh__Storage__Provider</c>). Its output is kept for failure messages;
/// it is killed on dispose.
/// </summary>
public sealed class SiloProcess : IDisposable
{
    private const int ShownLines = 150;
    private static readonly Lazy<string> SiloAssembly = new(FindSiloAssembly);
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private SiloProcess(string dataDirectory, IReadOnlyDictionary<string, string?> settings, int siloPort, int gatewayPort, string? name)
    {
        DataDirectory = dataDirectory;
        _settings = settings;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
        Name = name ?? $"silo-{siloPort}";
        var start = new ProcessStartInfo("dotnet", [SiloAssemblyPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Mesh__DataDirectory"] = dataDirectory;
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Mesh__Cluster__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["Mesh__Cluster__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Mesh.Silo.dll in src/Silo's build output.</summary>
    public static string SiloAssemblyPath => SiloAssembly.Value;

    /// <summary>A name for messages, e.g. <c>silo-1</c>.</summary>
    public string Name { get; }

    /// <summary>The data directory the process was given.</summary>
    public string DataDirectory { get; }

    /// <summary>The port silos reach this one at (on 127.0.0.1).</summary>
    public int SiloPort { get; }

    /// <summary>The port cluster clients connect to (on 127.0.0.1).</summary>
    public int GatewayPort { get; }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output.TakeLast(ShownLines));
            }
        }
    }

    /// <summary>Whether the process wrote a line containing <paramref name="text"/>.</summary>
    public bool Wrote(string text)
    {
        lock (_output)
        {
            return _output.Exists(line => line.Contains(text, StringComparison.Ordinal));
        }
    }

    /// <summary>Waits until the process writes a line containing <paramref name="text"/>; fails when it ends first.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!Wrote(text))
        {
            if (_process.HasExited || watch.Elapsed > limit)
            {
                throw new TimeoutException($"{this} did not write '{text}' ({(_process.HasExited ? "it ended" : $"waited {limit}")}):\n{Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Starts a silo on free loopback ports with the given configuration keys (e.g. <c>Mesh:Storage:Provider</c>).</summary>
    public static SiloProcess Start(string dataDirectory, IReadOnlyDictionary<string, string?> settings, string? name = null) =>
        new(dataDirectory, settings, FreePort(), FreePort(), name);

    /// <summary>Starts this silo again, as a new process on the same ports with the same settings (this one must have ended).</summary>
    public SiloProcess StartAgain() => _process.HasExited
        ? new SiloProcess(DataDirectory, _settings, SiloPort, GatewayPort, Name)
        : throw new InvalidOperationException($"{Name} (pid {Id}) is still running.");

    /// <summary>SIGKILL of this process: it gets no chance to say goodbye.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM, as a service manager stops the silo, then waits for the process to end; returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan limit)
    {
        using (var kill = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        return await WaitForExitAsync(limit);
    }

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        await _process.WaitForExitAsync().WaitAsync(limit);
        // The exit can be seen before the last output lines are handed over; waiting once more drains them.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    public override string ToString() => $"{Name} (pid {Id}, silo port {SiloPort}, gateway port {GatewayPort})";

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    private static int FreePort()
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    private static string FindSiloAssembly()
    {
        // Run from src/Silo's own build output, with its own dependency list: a test folder holds the test's set of
        // assemblies (e.g. without the ASP.NET Core packages a test taking that shared framework does not copy).
        // A test assembly lives in tests/{Project}/bin/{Configuration}/{TargetFramework}/; the silo's output is
        // src/Silo/bin/{Configuration}/{TargetFramework}/ of the same checkout.
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var targetFramework = output.Name;
        var configuration = output.Parent?.Name ?? "Debug";
        for (var folder = output; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "Silo", "bin", configuration, targetFramework, "Mesh.Silo.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"Mesh.Silo.dll is not in src/Silo/bin/{configuration}/{targetFramework} above {AppContext.BaseDirectory}; build src/Silo first " +
            "(test projects that start silos reference it).");
    }
}
