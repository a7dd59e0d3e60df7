using Mesh.Runtime.AdoNet;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Storage;

public abstract class EncounterAudioTableTests(StorageTarget target) : StorageTests(target)
{
    private static readonly DateTimeOffset StoredAt = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private static byte[] Chunk(int conversation, long sequence, byte salt = 0) => [(byte)conversation, (byte)sequence, salt, 0x7f];

    [Fact]
    public async Task TryInsertAsync_FromManyEncountersAtOnce_StoresEveryChunkOnce()
    {
        var table = new EncounterAudioTable(Database);
        const int conversations = 40;
        const int chunks = 25;

        // Each encounter stores its chunks in order, as its grain does; all encounters at once, so writes share commits.
        var inserted = await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            var results = new List<bool>();
            for (var sequence = 1L; sequence <= chunks; sequence++)
            {
                results.Add(await table.TryInsertAsync($"clinic-a/c-{c}", sequence, Chunk(c, sequence), StoredAt));
            }

            return results;
        })));

        Assert.All(inserted, results => Assert.All(results, Assert.True));
        for (var c = 0; c < conversations; c++)
        {
            var stored = await table.ReadAfterAsync($"clinic-a/c-{c}", 0);
            Assert.Equal(Enumerable.Range(1, chunks).Select(i => (long)i), stored.Select(s => s.Sequence));
            Assert.All(stored, s => Assert.Equal(Chunk(c, s.Sequence), s.Data));
        }
    }

    [Fact]
    public async Task TryInsertAsync_ARepeat_AtOnceOrLater_IsReportedAndKeepsTheFirstBytes()
    {
        var table = new EncounterAudioTable(Database);

        var together = await Task.WhenAll(
            table.TryInsertAsync("clinic-a/c-1", 1, Chunk(1, 1), StoredAt),
            table.TryInsertAsync("clinic-a/c-1", 1, Chunk(1, 1, salt: 1), StoredAt));
        var later = await table.TryInsertAsync("clinic-a/c-1", 1, Chunk(1, 1, salt: 2), StoredAt);

        Assert.Equal(1, together.Count(inserted => inserted));
        Assert.False(later);
        var stored = Assert.Single(await table.ReadAfterAsync("clinic-a/c-1", 0));
        Assert.True(stored.Data.SequenceEqual(Chunk(1, 1)) || stored.Data.SequenceEqual(Chunk(1, 1, salt: 1)));
    }
}

public sealed class SqliteEncounterAudioTableTests() : EncounterAudioTableTests(new SqliteTarget());

[Collection("postgres")]
public sealed class PostgresEncounterAudioTableTests(PostgresFixture fixture) : EncounterAudioTableTests(new PostgresTarget(fixture));
