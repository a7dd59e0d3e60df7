using Mesh.Runtime.AdoNet;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Storage;

public abstract class GrainStateTableTests(StorageTarget target) : StorageTests(target)
{
    private const string Type = "conversation";
    private const string State = "state";

    private GrainStateTable Table => new(Database);

    [Fact]
    public async Task ReadAsync_NothingStored_ReturnsNull()
    {
        Assert.Null(await Table.ReadAsync(Type, "c-1", State));
    }

    [Fact]
    public async Task WriteAsync_InsertThenUpdate_RoundTripsPayloadAndCountsVersions()
    {
        var first = await Table.WriteAsync(Type, "c-1", State, null, new byte[] { 0, 1, 0, 255 });
        var second = await Table.WriteAsync(Type, "c-1", State, first, new byte[] { 7, 0, 7 });

        var stored = await Table.ReadAsync(Type, "c-1", State);

        Assert.Equal((1, 2), (first, second));
        Assert.Equal(2, stored!.Version);
        Assert.Equal(new byte[] { 7, 0, 7 }, stored.Payload);
        Assert.Null(await Table.ReadAsync(Type, "c-1", "other-state"));
        Assert.Null(await Table.ReadAsync("patient", "c-1", State));
    }

    [Fact]
    public async Task WriteAsync_InsertWhenARowExists_ThrowsConflictAndKeepsTheRow()
    {
        await Table.WriteAsync(Type, "c-1", State, null, new byte[] { 1 });

        await Assert.ThrowsAsync<VersionConflictException>(() => Table.WriteAsync(Type, "c-1", State, null, new byte[] { 2 }));

        Assert.Equal(new byte[] { 1 }, (await Table.ReadAsync(Type, "c-1", State))!.Payload);
    }

    [Fact]
    public async Task WriteAsync_StaleVersion_ThrowsConflictAndChangesNothing()
    {
        var v1 = await Table.WriteAsync(Type, "c-1", State, null, new byte[] { 1 });
        await Table.WriteAsync(Type, "c-1", State, v1, new byte[] { 2 });

        await Assert.ThrowsAsync<VersionConflictException>(() => Table.WriteAsync(Type, "c-1", State, v1, new byte[] { 3 }));

        var stored = await Table.ReadAsync(Type, "c-1", State);
        Assert.Equal(2, stored!.Version);
        Assert.Equal(new byte[] { 2 }, stored.Payload);
    }

    [Fact]
    public async Task WriteAsync_TwoWritersWithTheSameVersion_ExactlyOneWinsAndItsValueIsStored()
    {
        var silos = new[] { new GrainStateTable(Target.Connect()), new GrainStateTable(Target.Connect()) };
        for (var round = 0; round < 5; round++)
        {
            var grainId = $"c-{round}";
            var expected = round % 2 == 0 ? (long?)null : await Table.WriteAsync(Type, grainId, State, null, new byte[] { 0 });

            var attempts = silos
                .Select((silo, writer) => Task.Run(() => silo.WriteAsync(Type, grainId, State, expected, new byte[] { (byte)(writer + 10) })))
                .ToArray();
            var outcomes = await Task.WhenAll(attempts.Select(CaptureAsync));

            var winner = Assert.Single(outcomes, o => o.Error is null);
            // Anything but a version conflict propagates out of CaptureAsync and fails the test.
            Assert.Single(outcomes, o => o.Error is not null);
            var stored = await Table.ReadAsync(Type, grainId, State);
            Assert.Equal(winner.Version, stored!.Version);
            Assert.Equal(new[] { (byte)(Array.IndexOf(outcomes, winner) + 10) }, stored.Payload);
        }
    }

    [Fact]
    public async Task ClearAsync_CurrentVersion_DeletesTheRowAndAllowsAFreshInsert()
    {
        var v1 = await Table.WriteAsync(Type, "c-1", State, null, new byte[] { 1 });

        await Table.ClearAsync(Type, "c-1", State, v1);

        Assert.Null(await Table.ReadAsync(Type, "c-1", State));
        Assert.Equal(1, await Table.WriteAsync(Type, "c-1", State, null, new byte[] { 2 }));
    }

    [Fact]
    public async Task ClearAsync_StaleVersion_ThrowsConflictAndKeepsTheRow()
    {
        var v1 = await Table.WriteAsync(Type, "c-1", State, null, new byte[] { 1 });
        await Table.WriteAsync(Type, "c-1", State, v1, new byte[] { 2 });

        await Assert.ThrowsAsync<VersionConflictException>(() => Table.ClearAsync(Type, "c-1", State, v1));
        await Assert.ThrowsAsync<VersionConflictException>(() => Table.ClearAsync(Type, "c-1", State, null));

        Assert.Equal(new byte[] { 2 }, (await Table.ReadAsync(Type, "c-1", State))!.Payload);
    }

    [Fact]
    public async Task ClearAsync_NoVersionAndNothingStored_DoesNothing()
    {
        await Table.ClearAsync(Type, "c-1", State, null);

        Assert.Null(await Table.ReadAsync(Type, "c-1", State));
        await Assert.ThrowsAsync<VersionConflictException>(() => Table.ClearAsync(Type, "c-1", State, 1));
    }

    private static async Task<(long Version, VersionConflictException? Error)> CaptureAsync(Task<long> write)
    {
        try
        {
            return (await write, null);
        }
        catch (VersionConflictException e)
        {
            return (0, e);
        }
    }
}

public sealed class SqliteGrainStateTableTests() : GrainStateTableTests(new SqliteTarget());

[Collection("postgres")]
public sealed class PostgresGrainStateTableTests(PostgresFixture fixture) : GrainStateTableTests(new PostgresTarget(fixture));
