namespace Mesh.Benchmarks.GrainCalls;

/// <summary>The smallest useful grain call: one small argument in, one result out.</summary>
public interface IBenchmarkGrain : IGrainWithStringKey
{
    /// <summary>Adds the argument to a running total and returns it.</summary>
    Task<long> AddAsync(int amount);
}

/// <summary>Keeps a running total, like a counter in a real grain.</summary>
public sealed class BenchmarkGrain : Grain, IBenchmarkGrain
{
    private long _total;

    public Task<long> AddAsync(int amount) => Task.FromResult(_total += amount);
}
