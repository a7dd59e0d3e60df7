using System.Security.Cryptography;
using System.Text;
using Mesh.WebFrontend.Validation;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Fhir;

/// <summary>
/// Finds the clinic whose webhook secret signed a body. The clinic is whichever secret's HMAC-SHA256 matches the
/// signature, compared in constant time; nothing in the body can choose it.
/// </summary>
internal sealed partial class FhirWebhookSecrets(IOptionsMonitor<FhirOptions> options, ILogger<FhirWebhookSecrets> logger)
{
    /// <summary>The shortest secret accepted: shorter ones are ignored (and logged), as guessable.</summary>
    public const int MinimumSecretLength = 16;

    private const string Prefix = "sha256=";

    /// <summary>The tenant whose secret signed <paramref name="body"/>, or null for a missing, malformed or wrong signature.</summary>
    public string? TenantOf(string? signature, byte[] body)
    {
        if (signature is null || !signature.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        byte[] claimed;
        try
        {
            claimed = Convert.FromHexString(signature.AsSpan(Prefix.Length).Trim());
        }
        catch (FormatException)
        {
            return null;
        }

        string? match = null;
        foreach (var (tenant, secret) in Secrets())
        {
            var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
            if (CryptographicOperations.FixedTimeEquals(expected, claimed) && match is null)
            {
                match = tenant;
            }
        }

        return match;
    }

    private IEnumerable<(string Tenant, string Secret)> Secrets()
    {
        var webhook = options.CurrentValue.Webhook;
        var all = webhook.Secrets.Select(s => (s.Key, (string?)s.Value))
            .Concat(webhook.SecretFiles.Select(f => (f.Key, ReadFile(f.Key, f.Value))));
        foreach (var (tenant, secret) in all)
        {
            if (!ClinicIds.IsValid(tenant) || secret is null || secret.Length < MinimumSecretLength)
            {
                LogIgnored(logger, tenant, MinimumSecretLength);
                continue;
            }

            yield return (tenant, secret);
        }
    }

    private string? ReadFile(string tenant, string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (IOException e)
        {
            LogUnreadable(logger, tenant, path, e);
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            LogUnreadable(logger, tenant, path, e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The FHIR webhook secret of clinic {Tenant} is ignored: a tenant id and a secret of at least {Length} characters are required.")]
    private static partial void LogIgnored(ILogger logger, string tenant, int length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The FHIR webhook secret file of clinic {Tenant} ({Path}) cannot be read.")]
    private static partial void LogUnreadable(ILogger logger, string tenant, string path, Exception exception);
}
