using System.Diagnostics;
using Mesh.TestSupport;

namespace Mesh.Silo.Tests;

/// <summary>The silo as ops run it: a real process, configured by environment variables, stopped by a signal.</summary>
public sealed class SiloProcessTests
{
    [Fact]
    public async Task SiloProcess_StartsOnSqliteAndStopsCleanlyOnSigterm()
    {
        using var folder = new TempDirectory("mesh-silo-");
        using var silo = Start(folder.Path, ("Mesh__Storage__Provider", "Sqlite"));
        var output = new List<string>();
        var started = new TaskCompletionSource();
        silo.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(e.Data);
            }

            if (e.Data.Contains("Silo started", StringComparison.Ordinal))
            {
                started.TrySetResult();
            }
        };
        silo.BeginOutputReadLine();

        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Process.Start("kill", ["-TERM", silo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).WaitForExit();
            await silo.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            // Whatever failed above, the silo this test started must not outlive it.
            if (!silo.HasExited)
            {
                silo.Kill(entireProcessTree: true);
            }
        }

        Assert.Equal(0, silo.ExitCode);
        lock (output)
        {
            Assert.Contains(output, line => line.Contains("Silo stopping", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task SiloProcess_WithUnknownStorageProvider_FailsWithClearMessage()
    {
        using var folder = new TempDirectory("mesh-silo-");
        using var silo = Start(folder.Path, ("Mesh__Storage__Provider", "Oracle"));
        var errors = silo.StandardError.ReadToEndAsync();
        var stdout = silo.StandardOutput.ReadToEndAsync();

        try
        {
            await silo.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            // A silo that did not refuse the setting must not outlive the test.
            if (!silo.HasExited)
            {
                silo.Kill(entireProcessTree: true);
            }
        }

        Assert.NotEqual(0, silo.ExitCode);
        Assert.Contains("Mesh:Storage:Provider must be Sqlite or PostgreSql", await errors + await stdout);
    }

    private static Process Start(string dataDirectory, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Mesh.Silo.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Mesh__DataDirectory"] = dataDirectory;
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
