using Mesh.Runtime;

namespace Mesh.Benchmarks.StateWrites;

/// <summary>Writes its 1 KB state on every call.</summary>
public interface IStateWriterGrain : IGrainWithStringKey
{
    /// <summary>Changes the state and writes it.</summary>
    Task WriteAsync(int round);
}

/// <summary>The stored state: about 1 KB of text plus a counter.</summary>
public sealed class WriterState
{
    public int Round { get; set; }

    public string Notes { get; set; } = string.Empty;
}

public sealed class StateWriterGrain([PersistentState("writer")] IPersistentState<WriterState> state) : Grain, IStateWriterGrain
{
    private static readonly string OneKilobyte = new('n', 1000);

    public Task WriteAsync(int round)
    {
        state.State.Round = round;
        state.State.Notes = OneKilobyte;
        return state.WriteStateAsync();
    }
}
