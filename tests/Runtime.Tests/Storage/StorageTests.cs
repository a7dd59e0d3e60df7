using Mesh.Runtime.AdoNet;

namespace Mesh.Runtime.Tests.Storage;

/// <summary>Base for storage tests that run once per dialect: a fresh database per test, schema installed.</summary>
public abstract class StorageTests(StorageTarget target) : IAsyncLifetime
{
    private MeshDatabase? _database;

    protected StorageTarget Target { get; } = target;

    protected MeshDatabase Database => _database ?? throw new InvalidOperationException("Not initialized.");

    /// <summary>Schema tests install it themselves.</summary>
    protected virtual bool InstallSchema => true;

    public async Task InitializeAsync()
    {
        await Target.InitializeAsync();
        _database = Target.Connect();
        if (InstallSchema)
        {
            await _database.EnsureSchemaAsync();
        }
    }

    public async Task DisposeAsync() => await Target.DisposeAsync();
}
