using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Streams;
using Microsoft.Data.Sqlite;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>Retention trims acknowledged events beyond the count limit, keeps the newest, and numbering goes on.</summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private readonly StreamStorage _storage = StreamStorage.Sqlite();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task RetentionByCount_TrimsAcknowledgedEventsAndNumberingContinuesAfterRestart()
    {
        await using var cluster = await _storage.StartClusterAsync(options =>
        {
            options.RetentionMaxCount = 5;
            options.RetentionInterval = TimeSpan.FromMilliseconds(50);
            options.AckFlushInterval = TimeSpan.FromMilliseconds(20);
        });
        var key = Guid.NewGuid().ToString("N");
        var stream = cluster.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(StreamRecorderGrain.Namespace, key);
        await stream.OnNextBatchAsync(Enumerable.Range(0, 30));
        await StreamJournal.WaitUntilAsync(() => StreamJournal.Of(key).Count == 30, "30 events delivered");

        await StreamJournal.WaitUntilAsync(() => StoredSequences(key).Count <= 5, "retention trimmed the stream");
        Assert.Equal([26L, 27, 28, 29, 30], StoredSequences(key));

        await cluster.RestartSiloAsync();
        await cluster.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(StreamRecorderGrain.Namespace, key).OnNextAsync(30);
        await StreamJournal.WaitUntilAsync(() => StreamJournal.Of(key).Count == 31, "the event after the restart delivered");
        Assert.Equal(new Received(31, 30), StreamJournal.Read(key)[^1]);
    }

    private List<long> StoredSequences(string key)
    {
        using var connection = new SqliteConnection($"Data Source={_storage.SqlitePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence FROM stream_events WHERE stream_key = @key ORDER BY sequence";
        command.Parameters.AddWithValue("@key", key);
        using var reader = command.ExecuteReader();
        var sequences = new List<long>();
        while (reader.Read())
        {
            sequences.Add(reader.GetInt64(0));
        }

        return sequences;
    }
}
