namespace Mesh.Runtime.Tests.Grains;

/// <summary>A counter kept in durable state.</summary>
public interface IStatefulCounterGrain : IGrainWithStringKey
{
    /// <summary>Adds and writes the state; returns the new total.</summary>
    Task<int> AddAsync(int amount);

    /// <summary>The total.</summary>
    Task<int> GetAsync();

    /// <summary>Clears the stored state.</summary>
    Task ClearAsync();

    /// <summary>Asks for deactivation after this call.</summary>
    Task DeactivateAsync();
}

public sealed class CounterState
{
    public int Total { get; set; }

    public List<string> History { get; set; } = [];
}

public sealed class StatefulCounterGrain([PersistentState("counter")] IPersistentState<CounterState> counter) : Grain, IStatefulCounterGrain
{
    public async Task<int> AddAsync(int amount)
    {
        counter.State.Total += amount;
        counter.State.History.Add($"+{amount}");
        await counter.WriteStateAsync();
        return counter.State.Total;
    }

    public Task<int> GetAsync() => Task.FromResult(counter.State.Total);

    public Task ClearAsync() => counter.ClearStateAsync();

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

/// <summary>Receives arguments, to see whether they were copied.</summary>
public interface IArgumentProbeGrain : IGrainWithStringKey
{
    /// <summary>Appends to the list it was given and returns its count.</summary>
    Task<int> MutateAsync(List<int> values);

    /// <summary>Keeps a reference to an immutable value for the test to compare.</summary>
    Task KeepAsync(SharedNote note);

    /// <summary>Returns a list built by a collection expression, whose runtime type is a hidden compiler type.</summary>
    Task<IReadOnlyList<int>> ListAsync(int count);
}

[Immutable]
public sealed record SharedNote(string Text);

public sealed class ArgumentProbeGrain : Grain, IArgumentProbeGrain
{
    public static SharedNote? LastKept { get; private set; }

    public Task<int> MutateAsync(List<int> values)
    {
        values.Add(99);
        return Task.FromResult(values.Count);
    }

    public Task<IReadOnlyList<int>> ListAsync(int count) => Task.FromResult<IReadOnlyList<int>>([.. Enumerable.Range(0, count)]);

    public Task KeepAsync(SharedNote note)
    {
        LastKept = note;
        return Task.CompletedTask;
    }
}
