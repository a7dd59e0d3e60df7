using Mesh.TestSupport;

namespace Mesh.Silo.Tests;

/// <summary>The silo as ops run it: a real process, configured by environment variables, stopped by a signal.</summary>
public sealed class SiloProcessTests
{
    [Fact]
    public async Task SiloProcess_StartsOnSqliteAndStopsCleanlyOnSigterm()
    {
        using var folder = new TempDirectory("mesh-silo-");
        using var silo = SiloProcess.Start(folder.Path, new Dictionary<string, string?> { ["Mesh:Storage:Provider"] = "Sqlite" });

        // Started whole: the silo and every hosted service after it (the dashboard's among them).
        await silo.WaitForOutputAsync("Application started.", TimeSpan.FromSeconds(60));
        var exitCode = await silo.StopAsync(TimeSpan.FromSeconds(30));

        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{silo.Output}");
        Assert.True(silo.Wrote("Orleans Silo stopped."), silo.Output);
    }

    [Fact]
    public async Task SiloProcess_StoppedWhileStarting_ExitsCleanly()
    {
        using var folder = new TempDirectory("mesh-silo-");
        using var silo = SiloProcess.Start(folder.Path, new Dictionary<string, string?> { ["Mesh:Storage:Provider"] = "Sqlite" });

        // A rolling restart or a scale-down may stop a silo before it finished starting.
        await silo.WaitForOutputAsync("Silo Start()", TimeSpan.FromSeconds(60));
        var exitCode = await silo.StopAsync(TimeSpan.FromSeconds(30));

        Assert.True(exitCode == 0, $"exit code {exitCode}:\n{silo.Output}");
        Assert.DoesNotContain("Unhandled exception", silo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiloProcess_WithUnknownStorageProvider_FailsWithClearMessage()
    {
        using var folder = new TempDirectory("mesh-silo-");
        using var silo = SiloProcess.Start(folder.Path, new Dictionary<string, string?> { ["Mesh:Storage:Provider"] = "Oracle" });

        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.True(silo.Wrote("Mesh:Storage:Provider must be Sqlite or PostgreSql"), silo.Output);
    }

    [Fact]
    public async Task SiloProcess_WithUnknownClusteringProvider_FailsNamingTheSetting()
    {
        using var folder = new TempDirectory("mesh-silo-");
        using var silo = SiloProcess.Start(folder.Path, new Dictionary<string, string?>
        {
            ["Mesh:Storage:Provider"] = "Sqlite",
            ["Mesh:Cluster:Provider"] = "Zookeeper",
        });

        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.True(silo.Wrote("Mesh:Cluster:Provider must be None or PostgreSql"), silo.Output);
    }
}
