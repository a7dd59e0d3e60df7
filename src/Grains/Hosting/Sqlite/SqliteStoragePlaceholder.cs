using Orleans.Hosting;

namespace Mesh.Grains.Hosting.Sqlite;

/// <summary>Temporary: memory storage until the SQLite storage lands.</summary>
public static class SqliteStorageSiloBuilderExtensions
{
    public static ISiloBuilder AddMeshSqliteStorage(this ISiloBuilder silo) => silo
        .AddMemoryGrainStorageAsDefault()
        .UseInMemoryReminderService();
}
