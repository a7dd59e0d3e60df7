namespace Mesh.Runtime;

/// <summary>What an activation offers its grain object. Implemented by the silo; grains reach it through <see cref="Grain"/>.</summary>
public interface IGrainContext
{
    /// <summary>The grain's identity.</summary>
    GrainId GrainId { get; }

    /// <summary>The factory for calling other grains.</summary>
    IGrainFactory GrainFactory { get; }

    /// <summary>The silo's services.</summary>
    IServiceProvider Services { get; }

    /// <summary>Asks the runtime to deactivate this activation once the current request completes.</summary>
    void DeactivateOnIdle();

    /// <summary>Keeps the activation from idle collection for at least the given time.</summary>
    void DelayDeactivation(TimeSpan timeToKeepAlive);

    /// <summary>Registers a timer whose callbacks run as turns of this activation.</summary>
    IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options);
}
