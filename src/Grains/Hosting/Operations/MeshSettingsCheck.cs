using System.Globalization;
using Mesh.Grains.AI;
using Mesh.Grains.AI.WhisperCpp;
using Mesh.Grains.Denials.Risk;
using Mesh.Grains.Live;
using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.Hosting.Operations;

/// <summary>
/// Checks the settings every Mesh process reads before anything starts, so a wrong or missing one ends the start with
/// one message naming all of them (and a non-zero exit code), not with a stack trace from deep inside the host.
/// </summary>
public static class MeshSettingsCheck
{
    /// <summary>The exit code of a start refused for its settings.</summary>
    public const int InvalidSettingsExitCode = 2;

    /// <summary>What is wrong with storage, cluster, management port and AI endpoint settings; empty when nothing is.</summary>
    public static List<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        var storageProvider = configuration["Mesh:Storage:Provider"] ?? "Sqlite";
        var postgres = IsOneOf(storageProvider, "PostgreSql");
        if (!postgres && !IsOneOf(storageProvider, "Sqlite"))
        {
            problems.Add($"Mesh:Storage:Provider must be Sqlite or PostgreSql, not '{storageProvider}'.");
        }

        var storageConnection = configuration["Mesh:Storage:ConnectionString"];
        if (postgres && string.IsNullOrWhiteSpace(storageConnection))
        {
            problems.Add("Mesh:Storage:ConnectionString is required when Mesh:Storage:Provider is PostgreSql.");
        }

        var clusterProvider = configuration["Mesh:Cluster:Provider"] ?? "None";
        if (!IsOneOf(clusterProvider, "None") && !IsOneOf(clusterProvider, "PostgreSql"))
        {
            problems.Add($"Mesh:Cluster:Provider must be None or PostgreSql, not '{clusterProvider}'.");
        }
        else if (IsOneOf(clusterProvider, "PostgreSql") && string.IsNullOrWhiteSpace(configuration["Mesh:Cluster:ConnectionString"]) && string.IsNullOrWhiteSpace(storageConnection))
        {
            problems.Add("Mesh:Cluster:ConnectionString (or Mesh:Storage:ConnectionString) is required when Mesh:Cluster:Provider is PostgreSql.");
        }

        if (configuration[SecretFiles.DirectorySetting] is { Length: > 0 } secrets && !Directory.Exists(secrets))
        {
            problems.Add($"{SecretFiles.DirectorySetting} names a folder that does not exist: '{secrets}'.");
        }

        Port(configuration, "Mesh:Management:Port", problems);
        Port(configuration, "Mesh:Cluster:SiloPort", problems);
        Port(configuration, "Mesh:Cluster:GatewayPort", problems);
        foreach (var capability in AiCapabilities.All)
        {
            try
            {
                var endpoint = AiEndpointOptions.FromConfiguration(configuration, capability);
                if (endpoint.BaseUrl is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
                {
                    problems.Add($"{AiCapabilities.SectionOf(capability)}:BaseUrl must be an absolute URL, not '{url}'.");
                }
            }
            catch (FormatException wrong)
            {
                problems.Add(wrong.Message);
            }
        }

        ValueTypes(configuration, problems);
        return problems;
    }

    /// <summary>The one message a refused start prints.</summary>
    public static string Message(string program, IEnumerable<string> problems) =>
        $"{program} cannot start; fix these settings (appsettings.json, --Key=value or environment variables like Mesh__Storage__Provider): "
        + string.Join(" ", problems);

    /// <summary>Values of the grains' settings that do not convert to what they set: each is named with what it expects.</summary>
    private static void ValueTypes(IConfiguration configuration, List<string> problems)
    {
        MeshSettingTypes.Check(configuration, MeshStorageOptions.SectionName, typeof(MeshStorageOptions), problems);
        MeshSettingTypes.Check(configuration, MeshManagementOptions.SectionName, typeof(MeshManagementOptions), problems);
        MeshSettingTypes.Check(configuration, DenialRulesOptions.Section, typeof(DenialRulesOptions), problems);
        MeshSettingTypes.CheckValue(configuration, $"{LiveEncounterOptions.Section}:IdleTimeoutSeconds", typeof(double), problems);
        try
        {
            VoiceActivityOptions.FromConfiguration(configuration);
        }
        catch (FormatException wrong)
        {
            problems.Add(wrong.Message);
        }
        catch (ArgumentException wrong)
        {
            problems.Add($"{VoiceActivityOptions.Section}: {wrong.Message}");
        }

        try
        {
            if (WhisperCppOptions.IsChosen(configuration))
            {
                WhisperCppOptions.FromConfiguration(configuration);
            }
        }
        catch (ProviderNotConfiguredException wrong)
        {
            problems.Add(wrong.Message);
        }
    }

    private static bool IsOneOf(string value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

    private static void Port(IConfiguration configuration, string key, List<string> problems)
    {
        var text = configuration[key];
        if (!string.IsNullOrWhiteSpace(text)
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535))
        {
            problems.Add($"{key} must be a port number (0-65535), not '{text}'.");
        }
    }
}
