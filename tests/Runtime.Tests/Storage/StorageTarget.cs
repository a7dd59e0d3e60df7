using Mesh.Runtime.AdoNet;

namespace Mesh.Runtime.Tests.Storage;

/// <summary>
/// A fresh, empty database of one dialect for one test, reachable through several <see cref="MeshDatabase"/>
/// handles so that tests can play several silo processes.
/// </summary>
public abstract class StorageTarget : IAsyncDisposable
{
    private readonly List<MeshDatabase> _handles = [];

    /// <summary>Creates the empty database.</summary>
    public abstract Task InitializeAsync();

    /// <summary>Opens another handle onto the same database; disposed with the target.</summary>
    public MeshDatabase Connect()
    {
        var handle = CreateHandle();
        _handles.Add(handle);
        return handle;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var handle in _handles)
        {
            await handle.DisposeAsync();
        }

        ReleaseDatabase();
    }

    protected abstract MeshDatabase CreateHandle();

    protected virtual void ReleaseDatabase()
    {
    }
}
