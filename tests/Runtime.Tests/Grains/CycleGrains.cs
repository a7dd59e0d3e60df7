namespace Mesh.Runtime.Tests.Grains;

/// <summary>Calls another grain that calls back, to build call cycles.</summary>
public interface ICycleGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="nextKey"/>, which calls <paramref name="backKey"/> (if any) back.</summary>
    Task<string> CallAsync(string nextKey, string? backKey);

    /// <summary>A plain method to call back into.</summary>
    Task<string> EchoAsync(string? backKey);

    /// <summary>The same, allowed to interleave.</summary>
    [AlwaysInterleave]
    Task<string> EchoInterleavedAsync();
}

public sealed class CycleGrain : Grain, ICycleGrain
{
    public Task<string> CallAsync(string nextKey, string? backKey) =>
        GrainFactory.GetGrain<ICycleGrain>(nextKey).EchoAsync(backKey);

    public async Task<string> EchoAsync(string? backKey) =>
        backKey is null
            ? GetPrimaryKeyString()
            : await GrainFactory.GetGrain<ICycleGrain>(backKey).EchoAsync(null);

    public Task<string> EchoInterleavedAsync() => Task.FromResult(GetPrimaryKeyString());
}

/// <summary>Calls back into its caller through an interleaving method.</summary>
public interface ICallbackGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="callerKey"/>'s interleaving echo.</summary>
    Task<string> CallBackAsync(string callerKey);
}

public sealed class CallbackGrain : Grain, ICallbackGrain
{
    public Task<string> CallBackAsync(string callerKey) => GrainFactory.GetGrain<ICycleGrain>(callerKey).EchoInterleavedAsync();
}
