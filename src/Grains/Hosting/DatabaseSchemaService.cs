using Mesh.Runtime.AdoNet;
using Microsoft.Extensions.Hosting;

namespace Mesh.Grains.Hosting;

/// <summary>
/// Opens the database and applies the schema before the silo starts, so a wrong provider, an unreachable server or a
/// failed migration stops the process at once with the reason, instead of failing the first grain call.
/// </summary>
internal sealed class DatabaseSchemaService(MeshDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureSchemaAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
