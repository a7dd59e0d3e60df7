using Mesh.Grains.Database;
using Orleans;
using Orleans.Runtime;

namespace Mesh.Grains.Hosting;

/// <summary>
/// Applies Mesh's schema in the silo's first lifecycle stage, before Orleans' ADO.NET providers read their queries
/// from it, so a wrong provider, an unreachable server or a failed migration stops the silo at once with the reason.
/// </summary>
internal sealed class DatabaseSchemaInstaller(MeshDatabase database) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DatabaseSchemaInstaller), ServiceLifecycleStage.First, database.EnsureSchemaAsync);
}
