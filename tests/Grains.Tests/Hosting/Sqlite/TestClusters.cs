using Mesh.Grains.Hosting.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Mesh.Grains.Tests.Hosting.Sqlite;

/// <summary>One-silo in-process clusters on a SQLite file, as Mesh runs in local mode.</summary>
internal static class TestClusters
{
    public const string StorageName = "sqlite";
    public const string DeletingStorageName = "sqlite-delete";

    /// <summary>
    /// Starts a one-silo cluster whose grain storage ("sqlite", and "sqlite-delete" with DeleteStateOnClear) and
    /// reminders live in <paramref name="databasePath"/>. A new cluster on the same file and service id is a restart.
    /// </summary>
    public static async Task<InProcessTestCluster> StartAsync(string databasePath, string serviceId, Action<ISiloBuilder>? configure = null)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = serviceId;
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMeshSqliteGrainStorage(StorageName, options => options.DatabasePath = databasePath);
            silo.AddMeshSqliteGrainStorage(DeletingStorageName, options =>
            {
                options.DatabasePath = databasePath;
                options.DeleteStateOnClear = true;
            });
            silo.UseMeshSqliteReminders(options => options.DatabasePath = databasePath);
            // Orleans' floor is one minute; the tests tick every second.
            silo.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            configure?.Invoke(silo);
        });
        var cluster = builder.Build();
        try
        {
            await cluster.DeployAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public static IGrainStorage Storage(this InProcessTestCluster cluster, string name = StorageName) =>
        cluster.GetSiloServiceProvider().GetRequiredKeyedService<IGrainStorage>(name);

    public static T Service<T>(this InProcessTestCluster cluster) where T : notnull =>
        cluster.GetSiloServiceProvider().GetRequiredService<T>();
}

/// <summary>A SQLite file under a fresh temporary ./data folder, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mesh-sqlite-orleans-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase() => Path = System.IO.Path.Combine(_root, "data", "mesh.db");

    public string Path { get; }

    /// <summary>Runs a scalar query on its own connection (the silo using the file may be running or gone).</summary>
    public long Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query returning text on its own connection.</summary>
    public string? ScalarText(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
