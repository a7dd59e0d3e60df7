namespace Mesh.Benchmarks.Live;

/// <summary>
/// What the encounters of one step observed, shared by all their receive loops. Latencies count for chunks sent (and
/// utterances ended) inside the window; throughput counts acknowledgements received inside it.
/// </summary>
internal sealed class StepRecorder
{
    private const int ErrorsShown = 5;

    private readonly Lock _lock = new();
    private readonly List<double> _ackMilliseconds = [];
    private readonly List<double> _transcriptLagMilliseconds = [];
    private MeasurementWindow? _window;
    private long _acksInWindow;
    private long _errors;

    /// <summary>Set once every encounter is connected and the start time is known.</summary>
    public MeasurementWindow Window
    {
        get => _window ?? throw new InvalidOperationException("The window is not set yet.");
        set => _window = value;
    }

    public long Errors => Interlocked.Read(ref _errors);

    /// <summary>Chunk sent (due) at <paramref name="sentAt"/> was acknowledged at <paramref name="receivedAt"/>.</summary>
    public void Ack(long sentAt, long receivedAt)
    {
        if (_window is not { } window)
        {
            return;
        }

        lock (_lock)
        {
            if (window.Contains(sentAt))
            {
                _ackMilliseconds.Add(MeasurementWindow.Milliseconds(sentAt, receivedAt));
            }

            if (window.Contains(receivedAt))
            {
                _acksInWindow++;
            }
        }
    }

    /// <summary>The transcript of an utterance whose last chunk was sent at <paramref name="lastChunkSentAt"/> arrived at <paramref name="receivedAt"/>.</summary>
    public void Transcript(long lastChunkSentAt, long receivedAt)
    {
        if (_window is not { } window || !window.Contains(lastChunkSentAt))
        {
            return;
        }

        lock (_lock)
        {
            _transcriptLagMilliseconds.Add(MeasurementWindow.Milliseconds(lastChunkSentAt, receivedAt));
        }
    }

    /// <summary>An error event or a failed call; the first few are shown on stderr so a broken run is not mistaken for a fast one.</summary>
    public void Error(string what)
    {
        if (Interlocked.Increment(ref _errors) <= ErrorsShown)
        {
            Console.Error.WriteLine($"live: error: {what}");
        }
    }

    public LiveFigures Figures(int encounters, double cpuCores)
    {
        lock (_lock)
        {
            _ackMilliseconds.Sort();
            _transcriptLagMilliseconds.Sort();
            return new LiveFigures(
                encounters,
                _acksInWindow / Window.Length.TotalSeconds,
                Percentiles.Of(_ackMilliseconds, 0.50),
                Percentiles.Of(_ackMilliseconds, 0.99),
                Percentiles.Of(_transcriptLagMilliseconds, 0.95),
                100 * cpuCores / encounters,
                _transcriptLagMilliseconds.Count,
                Errors);
        }
    }
}
