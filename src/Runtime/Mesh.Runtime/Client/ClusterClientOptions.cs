using System.Net;
using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Client;

/// <summary>How a cluster client finds gateway silos. Bound from <c>Mesh:Client</c> by the hosts.</summary>
public sealed class ClusterClientOptions
{
    /// <summary>Gateway endpoints as <c>host:port</c>, used when <see cref="GatewayProvider"/> is not set.</summary>
    public List<string> Gateways { get; set; } = [];

    /// <summary>Reads the current gateways, e.g. the active silos of the membership table; overrides <see cref="Gateways"/>.</summary>
    public Func<CancellationToken, Task<IReadOnlyList<IPEndPoint>>>? GatewayProvider { get; set; }

    /// <summary>How often the gateway list is read again from <see cref="GatewayProvider"/>. Default 10 seconds.</summary>
    public TimeSpan GatewayRefreshPeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a call waits for its response. Default 30 seconds.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Transport limits.</summary>
    public TransportOptions Transport { get; set; } = new();

    /// <summary>Returns what cannot work, naming the option.</summary>
    public IEnumerable<string> Validate()
    {
        if (Gateways.Count == 0 && GatewayProvider is null)
        {
            yield return $"{nameof(Gateways)} must name at least one gateway (host:port) when no {nameof(GatewayProvider)} is set.";
        }

        foreach (var gateway in Gateways.Where(g => !IPEndPoint.TryParse(g, out _)))
        {
            yield return $"{nameof(Gateways)} entry '{gateway}' is not host:port with an IP address.";
        }

        if (ResponseTimeout <= TimeSpan.Zero)
        {
            yield return $"{nameof(ResponseTimeout)} must be positive (was {ResponseTimeout}).";
        }

        if (GatewayRefreshPeriod <= TimeSpan.Zero)
        {
            yield return $"{nameof(GatewayRefreshPeriod)} must be positive (was {GatewayRefreshPeriod}).";
        }

        foreach (var failure in Transport.Validate())
        {
            yield return $"{nameof(Transport)}.{failure}";
        }
    }
}
