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

        // The settings check refuses the start (code 2, no stack trace), rather than the host crashing on the value later.
        Assert.True(exitCode == 2, $"exit code {exitCode}:\n{silo.Output}");
        Assert.True(silo.Wrote("Mesh:Storage:Provider must be Sqlite or PostgreSql"), silo.Output);
        Assert.False(silo.Wrote("   at "), silo.Output);
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

        Assert.True(exitCode == 2, $"exit code {exitCode}:\n{silo.Output}");
        Assert.True(silo.Wrote("Mesh:Cluster:Provider must be None or PostgreSql"), silo.Output);
        Assert.False(silo.Wrote("   at "), silo.Output);
    }

    [Fact]
    public async Task SiloProcess_WithValuesThatAreNotTheirSettingsType_ExitsWithCode2NamingEachSettingAndWhatItExpects()
    {
        using var folder = new TempDirectory("mesh-silo-");
        using var silo = SiloProcess.Start(folder.Path, new Dictionary<string, string?>
        {
            ["Mesh:Storage:Provider"] = "Sqlite",
            ["Mesh:Cluster:Provider"] = "PostgreSql",
            ["Mesh:Management:Port"] = "abc",
            ["Mesh:Cluster:Kubernetes"] = "perhaps",
            ["Mesh:Cluster:AdvertisedAddress"] = "silo-one",
            ["Mesh:Cluster:Membership:ProbeTimeout"] = "soon",
            ["Mesh:Cluster:Membership:NumMissedProbesLimit"] = "three",
            ["Mesh:Live:IdleTimeoutSeconds"] = "ten minutes",
            ["Mesh:Live:VoiceActivity:HangoverMilliseconds"] = "half a second",
            ["Mesh:Denials:Payers:ACME:TimelyFilingDays"] = "ninety",
        });

        var exitCode = await silo.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode == 2, $"exit code {exitCode}:\n{silo.Output}");
        var message = Assert.Single(silo.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Mesh:Management:Port must be a port number (0-65535), not 'abc'.", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Cluster:Kubernetes must be true or false, not 'perhaps'.", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Cluster:AdvertisedAddress must be an IP address", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Cluster:Membership:ProbeTimeout must be a duration such as 00:00:30 (hh:mm:ss), not 'soon'.", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Cluster:Membership:NumMissedProbesLimit must be a whole number, not 'three'.", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Live:IdleTimeoutSeconds must be a number, not 'ten minutes'.", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Live:VoiceActivity:HangoverMilliseconds must be a number, not 'half a second'.", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Denials:Payers:ACME:TimelyFilingDays must be a whole number, not 'ninety'.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
    }
}
