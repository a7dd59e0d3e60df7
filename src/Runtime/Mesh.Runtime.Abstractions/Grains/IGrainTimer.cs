namespace Mesh.Runtime;

/// <summary>A timer owned by one activation; disposed with it.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Changes when the timer next fires and its period.</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}

/// <summary>How a grain timer fires.</summary>
public sealed record GrainTimerCreationOptions
{
    /// <summary>Delay before the first tick.</summary>
    public required TimeSpan DueTime { get; init; }

    /// <summary>Time between ticks; <see cref="Timeout.InfiniteTimeSpan"/> for a single tick.</summary>
    public required TimeSpan Period { get; init; }

    /// <summary>Whether a tick may interleave with requests that are awaiting. Default false: a tick is a turn like any request.</summary>
    public bool Interleave { get; init; }

    /// <summary>Whether ticks count as use, keeping the activation from idle collection. Default false.</summary>
    public bool KeepAlive { get; init; }
}
