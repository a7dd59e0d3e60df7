using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;

namespace Mesh.Runtime.Tests.Execution;

public sealed class ArgumentCopyTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(silo => silo.AddGrains(typeof(ArgumentProbeGrain).Assembly));

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task MutableArgument_IsCopiedSoCallerSeesNoChange()
    {
        var values = new List<int> { 1, 2 };

        var countInGrain = await _cluster.GrainFactory.GetGrain<IArgumentProbeGrain>("p").MutateAsync(values);

        Assert.Equal(3, countInGrain);
        Assert.Equal([1, 2], values);
    }

    [Fact]
    public async Task ImmutableArgument_IsPassedByReference()
    {
        var note = new SharedNote("no copy needed");

        await _cluster.GrainFactory.GetGrain<IArgumentProbeGrain>("q").KeepAsync(note);

        Assert.Same(note, ArgumentProbeGrain.LastKept);
    }

    [Fact]
    public async Task ResultDeclaredAsCollectionInterface_ReachesTheCaller()
    {
        var values = await _cluster.GrainFactory.GetGrain<IArgumentProbeGrain>("r").ListAsync(3);

        Assert.Equal([0, 1, 2], values);
    }
}
