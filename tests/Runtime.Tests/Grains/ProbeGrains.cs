namespace Mesh.Runtime.Tests.Grains;

/// <summary>Records how many calls were ever inside the grain at once.</summary>
public interface IOverlapProbeGrain : IGrainWithStringKey
{
    /// <summary>Enters, yields a few times, leaves; returns the highest concurrency seen so far.</summary>
    Task<int> EnterAsync();

    /// <summary>The highest concurrency seen so far.</summary>
    Task<int> MaxConcurrencyAsync();
}

/// <summary>The same probe on a reentrant class.</summary>
public interface IReentrantProbeGrain : IOverlapProbeGrain;

/// <summary>Read-only and interleaving methods.</summary>
public interface IReadMostlyGrain : IGrainWithStringKey
{
    /// <summary>A read that waits for a signal, so two reads can be seen overlapping.</summary>
    [ReadOnly]
    Task<int> ReadAsync();

    /// <summary>Releases waiting reads.</summary>
    [AlwaysInterleave]
    Task ReleaseAsync();

    /// <summary>How many reads are inside right now.</summary>
    [AlwaysInterleave]
    Task<int> ReadersInsideAsync();
}

/// <summary>Shared probe logic: every await is a chance for another call to interleave.</summary>
public abstract class OverlapProbe : Grain
{
    private int _inside;
    private int _max;

    public async Task<int> EnterAsync()
    {
        _inside++;
        _max = Math.Max(_max, _inside);
        for (var i = 0; i < 3; i++)
        {
            await Task.Yield();
        }

        await Task.Delay(1);
        _inside--;
        return _max;
    }

    public Task<int> MaxConcurrencyAsync() => Task.FromResult(_max);
}

public sealed class OverlapProbeGrain : OverlapProbe, IOverlapProbeGrain;

// Reentrant on purpose: the test proves interleaving happens when allowed.
[Reentrant]
public sealed class ReentrantProbeGrain : OverlapProbe, IReentrantProbeGrain;

public sealed class ReadMostlyGrain : Grain, IReadMostlyGrain
{
    private TaskCompletionSource _release = new();
    private int _readersInside;

    public async Task<int> ReadAsync()
    {
        _readersInside++;
        await _release.Task;
        _readersInside--;
        return 42;
    }

    public Task ReleaseAsync()
    {
        _release.TrySetResult();
        _release = new TaskCompletionSource();
        return Task.CompletedTask;
    }

    public Task<int> ReadersInsideAsync() => Task.FromResult(_readersInside);
}
