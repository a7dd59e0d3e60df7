using Mesh.Runtime.Hosting;
using Mesh.Runtime.Serialization;
using Mesh.Runtime.State;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.State;

/// <summary>Grain state through the runtime, once per storage provider.</summary>
public abstract class DurableStateTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    /// <summary>Adds the provider under test as the default storage; called for every silo start.</summary>
    protected abstract void AddStorage(ISiloBuilder silo);

    protected abstract Task PrepareAsync();

    public async Task InitializeAsync()
    {
        await PrepareAsync();
        _cluster = await TestCluster.StartAsync(silo =>
        {
            silo.AddGrains(typeof(StatefulCounterGrain).Assembly);
            AddStorage(silo);
        });
    }

    public virtual async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task State_SurvivesDeactivation()
    {
        var grain = _cluster.GrainFactory.GetGrain<IStatefulCounterGrain>("visits");
        await grain.AddAsync(3);
        await grain.AddAsync(4);

        await grain.DeactivateAsync();

        Assert.Equal(7, await grain.GetAsync());
    }

    [Fact]
    public async Task State_SurvivesSiloRestart()
    {
        await _cluster.GrainFactory.GetGrain<IStatefulCounterGrain>("restart").AddAsync(5);

        await _cluster.RestartSiloAsync();

        Assert.Equal(5, await _cluster.GrainFactory.GetGrain<IStatefulCounterGrain>("restart").GetAsync());
    }

    [Fact]
    public async Task ClearedState_StartsAgainFromNothing()
    {
        var grain = _cluster.GrainFactory.GetGrain<IStatefulCounterGrain>("cleared");
        await grain.AddAsync(9);

        await grain.ClearAsync();
        await grain.DeactivateAsync();

        Assert.Equal(0, await grain.GetAsync());
        Assert.Equal(2, await grain.AddAsync(2));
    }

    [Fact]
    public async Task TwoWritersWithSameEtag_ExactlyOneWinsAndItsValueIsStored()
    {
        var storage = _cluster.Services.GetGrainStorage(GrainStorageNames.Default);
        var id = new GrainId("statefulcounter", "contended");
        var seed = NewState(id, storage);
        seed.State.Total = 1;
        await seed.WriteStateAsync();
        var first = NewState(id, storage);
        var second = NewState(id, storage);
        await Task.WhenAll(first.ReadStateAsync(), second.ReadStateAsync());
        first.State.Total = 100;
        second.State.Total = 200;

        var outcomes = await Task.WhenAll(TryWriteAsync(first), TryWriteAsync(second));

        Assert.Single(outcomes, won => won);
        var winner = outcomes[0] ? 100 : 200;
        var stored = NewState(id, storage);
        await stored.ReadStateAsync();
        Assert.Equal(winner, stored.State.Total);
    }

    [Fact]
    public async Task WriteAfterClearByAnother_IsRejected()
    {
        var storage = _cluster.Services.GetGrainStorage(GrainStorageNames.Default);
        var id = new GrainId("statefulcounter", "stale");
        var writer = NewState(id, storage);
        await writer.WriteStateAsync();
        var clearer = NewState(id, storage);
        await clearer.ReadStateAsync();
        await clearer.ClearStateAsync();

        await Assert.ThrowsAsync<InconsistentStateException>(() => writer.WriteStateAsync());
    }

    private static PersistentState<CounterState> NewState(GrainId id, IGrainStorage storage) =>
        new(id, "counter", storage, JsonMeshSerializer.Default);

    private static async Task<bool> TryWriteAsync(PersistentState<CounterState> state)
    {
        try
        {
            await state.WriteStateAsync();
            return true;
        }
        catch (InconsistentStateException)
        {
            return false;
        }
    }
}

public sealed class MemoryDurableStateTests : DurableStateTests
{
    protected override Task PrepareAsync() => Task.CompletedTask;

    // The test cluster's shared memory storage is the default already.
    protected override void AddStorage(ISiloBuilder silo)
    {
    }
}

public sealed class SqliteDurableStateTests : DurableStateTests
{
    private readonly TempDirectory _folder = new("mesh-state-");

    protected override Task PrepareAsync() => Task.CompletedTask;

    protected override void AddStorage(ISiloBuilder silo) => silo.AddSqliteGrainStorage(_folder.Combine("data", "mesh.db"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}

[Collection("postgres")]
public sealed class PostgresDurableStateTests(PostgresFixture postgres) : DurableStateTests
{
    private string _connectionString = string.Empty;

    protected override async Task PrepareAsync() => _connectionString = await postgres.CreateDatabaseAsync();

    protected override void AddStorage(ISiloBuilder silo) => silo.AddPostgreSqlGrainStorage(_connectionString);
}
