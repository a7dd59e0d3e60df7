using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Directory;

/// <summary>The grain directory in SQLite or PostgreSQL; the schema is installed on first use.</summary>
internal sealed class AdoNetGrainDirectory(MeshDatabase database, string clusterId) : IGrainDirectory
{
    // Clients share the table under a grain type no grain class can have (grain types never contain '$').
    private const string ClientType = "$client";

    private readonly GrainDirectoryTable _table = new(database, clusterId);
    private readonly Lazy<Task> _schema = new(() => database.EnsureSchemaAsync());

    public async Task<SiloAddress> RegisterAsync(GrainId grainId, SiloAddress silo, Func<SiloAddress, bool> isDead, CancellationToken ct = default)
    {
        await _schema.Value.ConfigureAwait(false);
        var host = await _table.RegisterAsync(grainId.Type, grainId.Key, silo.ToString(), text => isDead(SiloAddress.Parse(text)), ct).ConfigureAwait(false);
        return host == silo.ToString() ? silo : SiloAddress.Parse(host);
    }

    public async Task SetClientGatewayAsync(string clientId, SiloAddress gateway, CancellationToken ct = default)
    {
        await _schema.Value.ConfigureAwait(false);
        await _table.SetAsync(ClientType, clientId, gateway.ToString(), ct).ConfigureAwait(false);
    }

    public async Task<SiloAddress?> FindClientGatewayAsync(string clientId, CancellationToken ct = default)
    {
        await _schema.Value.ConfigureAwait(false);
        return await _table.LookupAsync(ClientType, clientId, ct).ConfigureAwait(false) is { } text ? SiloAddress.Parse(text) : null;
    }

    public async Task UnregisterSiloAsync(SiloAddress silo, CancellationToken ct = default)
    {
        await _schema.Value.ConfigureAwait(false);
        await _table.UnregisterSiloAsync(silo.ToString(), ct).ConfigureAwait(false);
    }
}
