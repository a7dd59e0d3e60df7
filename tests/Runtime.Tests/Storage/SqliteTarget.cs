using Mesh.Runtime.AdoNet;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Storage;

/// <summary>A SQLite file in a temp folder that is deleted after the test.</summary>
public sealed class SqliteTarget : StorageTarget
{
    private readonly TempDirectory _folder = new("mesh-sqlite-");

    // The file lives in a subfolder that does not exist yet, so every test also covers folder creation.
    public override Task InitializeAsync() => Task.CompletedTask;

    protected override MeshDatabase CreateHandle() => MeshDatabase.ForSqlite(_folder.Combine("data", "mesh.db"));

    protected override void ReleaseDatabase() => _folder.Dispose();
}
