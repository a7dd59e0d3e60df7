using Mesh.Grains.Hosting.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mesh.Grains.Tests.Hosting.Sqlite;

// Restarts silos on files and measures throughput: kept apart from each other so timings are not shared.
[Collection("sqlite-storage")]
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_failing_write_fails_alone_and_the_rest_of_its_batch_commits()
    {
        await using var database = new SqliteDatabase(_database.Path, NullLogger.Instance);
        await database.EnsureOpenAsync();
        Assert.Equal("wal", _database.ScalarText("PRAGMA journal_mode"));

        // The first write holds the writer while the others queue, so they share the next transaction.
        var first = database.WriteAsync(context =>
        {
            Thread.Sleep(100);
            return Insert(context, "first");
        });
        var rest = Enumerable.Range(0, 50)
            .Select(i => i == 25
                ? database.WriteAsync<int>(_ => throw new InvalidOperationException("bad write"))
                : database.WriteAsync(context => Insert(context, $"w{i}")))
            .ToArray();

        Assert.Equal(1, await first);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => rest[25]);
        Assert.Equal("bad write", failure.Message);
        for (var i = 0; i < rest.Length; i++)
        {
            if (i != 25)
            {
                Assert.Equal(1, await rest[i]);
            }
        }

        Assert.Equal(50, _database.Scalar("SELECT COUNT(*) FROM orleans_grain_state WHERE state_name = 'batch'"));
    }

    [Fact]
    public async Task Dispose_commits_what_is_queued_and_then_refuses_writes()
    {
        var database = new SqliteDatabase(_database.Path, NullLogger.Instance);
        await database.EnsureOpenAsync();
        var queued = Enumerable.Range(0, 200).Select(i => database.WriteAsync(context => Insert(context, $"d{i}"))).ToArray();
        await database.DisposeAsync();

        Assert.All(queued, write => Assert.True(write.IsCompletedSuccessfully));
        Assert.Equal(200, _database.Scalar("SELECT COUNT(*) FROM orleans_grain_state WHERE state_name = 'batch'"));
        Assert.Throws<ObjectDisposedException>(() => { _ = database.WriteAsync(context => Insert(context, "late")); });
    }

    private static int Insert(SqliteDatabase.WriteContext context, string key)
    {
        var command = context.Command(
            "INSERT INTO orleans_grain_state (state_name, grain_id, version, payload, updated_at) VALUES ('batch', $id, 1, x'00', $now)",
            "$id", "$now");
        command.Parameters[0].Value = key;
        command.Parameters[1].Value = context.Now;
        return command.ExecuteNonQuery();
    }
}
