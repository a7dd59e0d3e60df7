using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.Hosting.Operations;

/// <summary>
/// Secrets as files (Docker and Kubernetes secrets): each file in <c>Mesh:SecretsDirectory</c> is a setting named by
/// its file name with <c>__</c> for <c>:</c>, e.g. <c>Mesh__Storage__ConnectionString</c>, so no secret sits in an
/// environment variable or a manifest. Files win over the environment.
/// </summary>
public static class SecretFiles
{
    /// <summary>The setting naming the folder (environment: <c>Mesh__SecretsDirectory</c>).</summary>
    public const string DirectorySetting = "Mesh:SecretsDirectory";

    /// <summary>Adds the folder's files as settings when the folder is set; a missing folder is reported by the settings check.</summary>
    public static IConfigurationManager AddMeshSecretFiles(this IConfigurationManager configuration)
    {
        if (configuration[DirectorySetting] is { Length: > 0 } directory && Directory.Exists(directory))
        {
            configuration.AddKeyPerFile(directory, optional: true, reloadOnChange: false);
        }

        return configuration;
    }
}
