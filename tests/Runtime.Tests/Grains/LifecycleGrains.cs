namespace Mesh.Runtime.Tests.Grains;

/// <summary>Reports which activation answered, and can ask to be deactivated.</summary>
public interface IActivationProbeGrain : IGrainWithGuidKey
{
    /// <summary>An id unique to this activation.</summary>
    Task<Guid> ActivationIdAsync();

    /// <summary>Asks for deactivation after this call.</summary>
    Task DeactivateAsync();

    /// <summary>Waits on a signal that never comes.</summary>
    Task HangAsync();

    /// <summary>Throws an exception of a specific type.</summary>
    Task ThrowAsync(string message);
}

public sealed class ActivationProbeGrain : Grain, IActivationProbeGrain
{
    private readonly Guid _activationId = Guid.NewGuid();

    public Task<Guid> ActivationIdAsync() => Task.FromResult(_activationId);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task HangAsync() => new TaskCompletionSource().Task;

    public Task ThrowAsync(string message) => throw new ArgumentOutOfRangeException(nameof(message), message);
}

/// <summary>Counts ticks of a timer registered on activation.</summary>
public interface ITimerGrain : IGrainWithStringKey
{
    /// <summary>Ticks so far.</summary>
    Task<int> TicksAsync();

    /// <summary>Whether a tick ever overlapped a request.</summary>
    Task<bool> OverlapSeenAsync();

    /// <summary>A request that spans several awaits.</summary>
    Task BusyAsync();
}

public sealed class TimerGrain : Grain, ITimerGrain
{
    private int _ticks;
    private bool _inRequest;
    private bool _overlap;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        RegisterGrainTimer(_ =>
        {
            _overlap |= _inRequest;
            _ticks++;
            return Task.CompletedTask;
        }, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        return Task.CompletedTask;
    }

    public Task<int> TicksAsync() => Task.FromResult(_ticks);

    public Task<bool> OverlapSeenAsync() => Task.FromResult(_overlap);

    public async Task BusyAsync()
    {
        _inRequest = true;
        await Task.Delay(20);
        _inRequest = false;
    }
}
