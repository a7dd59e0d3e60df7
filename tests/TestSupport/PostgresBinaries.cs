using System.Diagnostics;

namespace Mesh.TestSupport;

/// <summary>
/// Finds the PostgreSQL server programs and runs them. initdb and postgres refuse to run as root, so as root
/// every program runs as the unprivileged <c>postgres</c> user through <c>runuser</c>.
/// </summary>
internal sealed class PostgresBinaries
{
    private const string BinDirVariable = "MESH_PG_BINDIR";
    private const string ServiceUser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string _binDir;

    private PostgresBinaries(string binDir) => _binDir = binDir;

    /// <summary>True when programs run as <c>postgres</c> and the folders they write must belong to it.</summary>
    public static bool RunsAsServiceUser => Environment.IsPrivilegedProcess;

    /// <summary>Locates initdb and pg_ctl, or explains how to install them.</summary>
    public static async Task<PostgresBinaries> LocateAsync()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(BinDirVariable) is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (FindOnPath("pg_config") is { } pgConfig)
        {
            var (exitCode, output) = await RunProcessAsync(pgConfig, ["--bindir"]).ConfigureAwait(false);
            if (exitCode == 0)
            {
                candidates.Add(output.Trim());
            }
        }

        const string DebianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(DebianRoot))
        {
            candidates.AddRange(Directory.GetDirectories(DebianRoot)
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var major) ? major : 0)
                .Select(dir => Path.Combine(dir, "bin")));
        }

        var binDir = candidates.FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "The PostgreSQL tests need the PostgreSQL server programs (initdb, pg_ctl), which were not found via "
                + $"{BinDirVariable}, `pg_config --bindir` or {DebianRoot}/*/bin. Install them, e.g. `apt-get install postgresql` "
                + $"on Debian, or set {BinDirVariable} to the folder that holds initdb.");
        if (RunsAsServiceUser && FindOnPath("runuser") is null)
        {
            throw new InvalidOperationException(
                "The tests run as root, and PostgreSQL refuses root, but `runuser` (util-linux) is missing to run it as 'postgres'.");
        }

        return new PostgresBinaries(binDir);
    }

    /// <summary>Hands a folder to the <c>postgres</c> user when programs run as that user.</summary>
    public static async Task GrantAsync(string folder)
    {
        if (RunsAsServiceUser)
        {
            var (exitCode, output) = await RunProcessAsync("chown", ["-R", $"{ServiceUser}:{ServiceUser}", folder]).ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw new InvalidOperationException(
                    $"Could not give {folder} to the '{ServiceUser}' user (is the postgresql package installed?): {output}");
            }
        }
    }

    /// <summary>Runs a PostgreSQL program and throws with its output when it fails.</summary>
    public async Task RunAsync(string program, params string[] arguments)
    {
        var executable = Path.Combine(_binDir, program);
        var (exitCode, output) = RunsAsServiceUser
            ? await RunProcessAsync("runuser", ["-u", ServiceUser, "--", executable, .. arguments]).ConfigureAwait(false)
            : await RunProcessAsync(executable, arguments).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        }
    }

    /// <summary>
    /// Starts a detached watchdog that stops the server and deletes its folder once this process is gone.
    /// xunit never disposes statics, and a crashed or killed test run runs no cleanup code at all; a
    /// ProcessExit handler is not enough because the test host is killed before slow handlers finish.
    /// </summary>
    public void StopWhenThisProcessExits(string dataDirectory, string rootFolder)
    {
        var asServiceUser = RunsAsServiceUser ? $"runuser -u {ServiceUser} -- " : string.Empty;
        var script = $"""
            exec </dev/null >/dev/null 2>&1
            while kill -0 {Environment.ProcessId}; do sleep 1; done
            {asServiceUser}'{Path.Combine(_binDir, "pg_ctl")}' -D '{dataDirectory}' -m immediate -w stop
            rm -rf '{rootFolder}'
            """;
        var setsid = FindOnPath("setsid");
        var startInfo = new ProcessStartInfo(setsid ?? "sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (setsid is not null)
        {
            // Its own session, so signals sent to the test host's process group do not reach it.
            startInfo.ArgumentList.Add("sh");
        }

        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(script);
        using var watchdog = Process.Start(startInfo)
            ?? throw new InvalidOperationException("Could not start the PostgreSQL cleanup watchdog.");
    }

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(string fileName, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {CommandTimeout}.", e);
        }

        return (process.ExitCode, await stdout.ConfigureAwait(false) + await stderr.ConfigureAwait(false));
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
