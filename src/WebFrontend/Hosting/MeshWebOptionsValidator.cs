using Mesh.WebFrontend.Authentication;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Hosting;

/// <summary>Fails start-up with a message naming the option when the configuration cannot work.</summary>
internal sealed class MeshWebOptionsValidator(IHostEnvironment environment) : IValidateOptions<MeshWebOptions>
{
    public ValidateOptionsResult Validate(string? name, MeshWebOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("Mesh:DataDirectory must not be empty.");
        }

        ValidateLimits(options.Limits, failures);
        ValidateAuth(options, environment, failures);
        foreach (var origin in options.Cors.AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || origin.EndsWith('/'))
            {
                failures.Add($"Mesh:Cors:AllowedOrigins entry '{origin}' must be an origin like https://host[:port].");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateLimits(MeshLimitsOptions limits, List<string> failures)
    {
        if (limits.MaxJsonBodyBytes <= 0)
        {
            failures.Add("Mesh:Limits:MaxJsonBodyBytes must be positive.");
        }

        if (limits.MaxUploadBytes <= 0)
        {
            failures.Add("Mesh:Limits:MaxUploadBytes must be positive.");
        }

        if (limits.PermitsPerWindow <= 0)
        {
            failures.Add("Mesh:Limits:PermitsPerWindow must be positive.");
        }

        if (limits.WindowSeconds is <= 0 or > 3600)
        {
            failures.Add("Mesh:Limits:WindowSeconds must be between 1 and 3600.");
        }
    }

    private static void ValidateAuth(MeshWebOptions options, IHostEnvironment environment, List<string> failures)
    {
        var auth = options.Auth;
        foreach (var algorithm in auth.Algorithms)
        {
            if (!SigningAlgorithms.Asymmetric.Contains(algorithm))
            {
                failures.Add($"Mesh:Auth:Algorithms entry '{algorithm}' is not an accepted asymmetric algorithm.");
            }
        }

        if (auth.PublicKeyFiles.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add("Mesh:Auth:PublicKeyFiles entries must not be empty.");
        }

        foreach (var file in auth.PublicKeyFiles.Append(auth.JwksFile).Where(file => !string.IsNullOrWhiteSpace(file)))
        {
            if (!File.Exists(environment.ResolvePath(file!)))
            {
                failures.Add($"Mesh:Auth key file '{file}' does not exist.");
            }
        }

        if (options.LocalMode)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(auth.Issuer))
        {
            failures.Add("Mesh:Auth:Issuer is required outside local mode.");
        }

        if (string.IsNullOrWhiteSpace(auth.Audience))
        {
            failures.Add("Mesh:Auth:Audience is required outside local mode.");
        }

        if (auth.PublicKeyFiles.Length == 0 && auth.JwksFile is null)
        {
            failures.Add("Mesh:Auth:PublicKeyFiles or Mesh:Auth:JwksFile is required outside local mode.");
        }
    }
}
