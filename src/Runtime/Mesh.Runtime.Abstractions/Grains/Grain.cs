namespace Mesh.Runtime;

/// <summary>
/// Base class of grain implementations. The runtime creates one instance per activation, calls
/// <see cref="OnActivateAsync"/> before the first request and <see cref="OnDeactivateAsync"/> before it drops the instance.
/// </summary>
public abstract class Grain
{
    private readonly IGrainContext _context;

    /// <summary>Binds the grain to the activation under construction.</summary>
    protected Grain()
    {
        _context = GrainContextScope.Current
            ?? throw new InvalidOperationException("Grains are created by the Mesh runtime; they cannot be constructed directly.");
    }

    /// <summary>The activation's context.</summary>
    protected IGrainContext GrainContext => _context;

    /// <summary>The grain's identity.</summary>
    public GrainId GrainId => _context.GrainId;

    /// <summary>The factory for calling other grains.</summary>
    protected IGrainFactory GrainFactory => _context.GrainFactory;

    /// <summary>The silo's services.</summary>
    protected IServiceProvider ServiceProvider => _context.Services;

    /// <summary>The string key of this grain.</summary>
    public string GetPrimaryKeyString() => _context.GrainId.Key;

    /// <summary>The Guid key of this grain.</summary>
    public Guid GetPrimaryKey() => Guid.Parse(_context.GrainId.Key);

    /// <summary>Runs once per activation, before the first request.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once per activation, after the last request; write state here that must not be lost.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation once the current request completes.</summary>
    protected void DeactivateOnIdle() => _context.DeactivateOnIdle();

    /// <summary>Keeps the activation from idle collection for at least the given time.</summary>
    protected void DelayDeactivation(TimeSpan timeToKeepAlive) => _context.DelayDeactivation(timeToKeepAlive);

    /// <summary>Registers a timer whose callbacks run as turns of this activation and stop with it.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options) =>
        _context.RegisterTimer(callback, options);

    /// <summary>Registers a periodic timer whose callbacks run as turns of this activation and stop with it.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        _context.RegisterTimer(callback, new GrainTimerCreationOptions { DueTime = dueTime, Period = period });
}
