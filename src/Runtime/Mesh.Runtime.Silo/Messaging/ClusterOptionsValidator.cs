using System.Net;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Messaging;

/// <summary>Rejects cluster and transport settings that cannot work, naming the option.</summary>
internal sealed class ClusterOptionsValidator(IOptions<TransportOptions> transport) : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        var failures = new List<string>(transport.Value.Validate());
        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            failures.Add($"{nameof(ClusterOptions.ClusterId)} must not be empty.");
        }

        if (!IPAddress.TryParse(options.AdvertisedHost, out _))
        {
            failures.Add($"{nameof(ClusterOptions.AdvertisedHost)} must be an IP address (was '{options.AdvertisedHost}').");
        }

        if (options.SiloPort is < 0 or > 65535)
        {
            failures.Add($"{nameof(ClusterOptions.SiloPort)} must be 0-65535 (was {options.SiloPort}).");
        }

        if (options.GatewayPort is < 0 or > 65535)
        {
            failures.Add($"{nameof(ClusterOptions.GatewayPort)} must be 0-65535 or unset (was {options.GatewayPort}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
