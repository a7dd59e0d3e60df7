using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Directory;

/// <summary>A grain directory in memory, shared by the silos of one process: for tests.</summary>
public sealed class InMemoryGrainDirectory : IGrainDirectory
{
    private readonly Lock _lock = new();
    private readonly Dictionary<GrainId, SiloAddress> _entries = [];
    private readonly Dictionary<string, SiloAddress> _clients = [];

    /// <summary>How many grains have entries.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task<SiloAddress> RegisterAsync(GrainId grainId, SiloAddress silo, Func<SiloAddress, bool> isDead, CancellationToken ct = default)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(grainId, out var existing) || (existing != silo && isDead(existing)))
            {
                _entries[grainId] = silo;
                return Task.FromResult(silo);
            }

            return Task.FromResult(existing);
        }
    }

    /// <inheritdoc />
    public Task SetClientGatewayAsync(string clientId, SiloAddress gateway, CancellationToken ct = default)
    {
        lock (_lock)
        {
            _clients[clientId] = gateway;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<SiloAddress?> FindClientGatewayAsync(string clientId, CancellationToken ct = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_clients.GetValueOrDefault(clientId));
        }
    }

    /// <inheritdoc />
    public Task UnregisterSiloAsync(SiloAddress silo, CancellationToken ct = default)
    {
        lock (_lock)
        {
            foreach (var grainId in _entries.Where(e => e.Value == silo).Select(e => e.Key).ToList())
            {
                _entries.Remove(grainId);
            }
        }

        return Task.CompletedTask;
    }
}
