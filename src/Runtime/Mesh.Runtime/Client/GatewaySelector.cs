using System.Net;

namespace Mesh.Runtime.Client;

/// <summary>
/// Which gateway the client talks to: one at a time, so calls share one connection; a gateway that fails is left for
/// the next in the list, and the list is refreshed from the provider now and then.
/// </summary>
internal sealed class GatewaySelector(ClusterClientOptions options, TimeProvider time)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile IPEndPoint[] _gateways = [.. options.Gateways.Select(IPEndPoint.Parse)];
    private long _refreshedAt;
    private volatile bool _stale = true;
    private int _current;

    public async ValueTask<IPEndPoint> CurrentAsync(CancellationToken ct)
    {
        if (options.GatewayProvider is not null && (_stale || _gateways.Length == 0 || time.GetElapsedTime(_refreshedAt) > options.GatewayRefreshPeriod))
        {
            await RefreshAsync(ct).ConfigureAwait(false);
        }

        var gateways = _gateways;
        if (gateways.Length == 0)
        {
            throw new SiloUnavailableException("No gateway silo is known; the cluster may be down.", wasDelivered: false);
        }

        return gateways[(int)((uint)Volatile.Read(ref _current) % gateways.Length)];
    }

    /// <summary>Moves on from <paramref name="failed"/> if it is still the current gateway.</summary>
    public void MarkFailed(IPEndPoint failed)
    {
        var current = Volatile.Read(ref _current);
        var gateways = _gateways;
        if (gateways.Length > 0 && gateways[(int)((uint)current % gateways.Length)].Equals(failed))
        {
            Interlocked.CompareExchange(ref _current, current + 1, current);
            // A provider knows better than our stale list which gateways are alive.
            _stale = true;
        }
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        await _refresh.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!_stale && time.GetElapsedTime(_refreshedAt) <= options.GatewayRefreshPeriod && _gateways.Length > 0)
            {
                return;
            }

            var fresh = await options.GatewayProvider!(ct).ConfigureAwait(false);
            if (fresh.Count > 0)
            {
                _gateways = [.. fresh];
            }

            _refreshedAt = time.GetTimestamp();
            _stale = false;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
