using Mesh.Grains.Hosting.Sqlite;
using Orleans.Hosting;

namespace Mesh.Grains.Tests.Hosting.Sqlite;

// Restarts silos on files and measures throughput: kept apart from each other so timings are not shared.
[Collection("sqlite-storage")]
public sealed class ConfigurationTests
{
    [Fact]
    public async Task Grain_storage_without_a_database_path_fails_silo_start_naming_the_option()
    {
        var error = await StartFailureAsync(silo => silo.AddMeshSqliteGrainStorage("nameless", (SqliteStorageOptions _) => { }));
        Assert.Contains("SqliteStorageOptions.DatabasePath", error);
        Assert.Contains("'nameless'", error);
    }

    [Fact]
    public async Task Reminders_without_a_database_path_fail_silo_start_naming_the_option()
    {
        var error = await StartFailureAsync(silo => silo.UseMeshSqliteReminders((SqliteReminderTableOptions _) => { }));
        Assert.Contains("SqliteReminderTableOptions.DatabasePath", error);
    }

    [Fact]
    public async Task A_folder_as_database_path_fails_silo_start()
    {
        var error = await StartFailureAsync(silo => silo.AddMeshSqliteGrainStorageAsDefault(o => o.DatabasePath = Path.GetTempPath()));
        Assert.Contains("SqliteStorageOptions.DatabasePath", error);
        Assert.Contains("is a folder", error);
    }

    private static async Task<string> StartFailureAsync(Action<ISiloBuilder> configure)
    {
        var builder = new Orleans.TestingHost.InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => configure(silo));
        await using var cluster = builder.Build();
        var error = await Assert.ThrowsAnyAsync<Exception>(cluster.DeployAsync);
        return error.ToString();
    }
}
