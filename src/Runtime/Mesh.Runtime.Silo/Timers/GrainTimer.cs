using Mesh.Runtime.Activation;
using Mesh.Runtime.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Timers;

/// <summary>
/// A timer owned by one activation. Each tick is a turn of the activation, and the next tick is armed only after
/// the callback finishes, so ticks never overlap each other.
/// </summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly GrainActivation _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly GrainTimerCreationOptions _options;
    private readonly ILogger _logger;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _disposed = new();
    private TimeSpan _dueTime;
    private TimeSpan _period;

    public GrainTimer(GrainActivation activation, Func<CancellationToken, Task> callback, GrainTimerCreationOptions options, TimeProvider time, ILogger logger)
    {
        _activation = activation;
        _callback = callback;
        _options = options;
        _logger = logger;
        _dueTime = options.DueTime;
        _period = options.Period;
        _timer = time.CreateTimer(static state => ((GrainTimer)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Start() => Arm(_dueTime);

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        _dueTime = dueTime;
        _period = period;
        Arm(dueTime);
    }

    private void Arm(TimeSpan dueTime)
    {
        if (!_disposed.IsCancellationRequested)
        {
            _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer()
    {
        if (!_disposed.IsCancellationRequested)
        {
            _activation.TryEnqueue(new TimerTickCall(this));
        }
    }

    private async Task TickAsync()
    {
        try
        {
            await _callback(_disposed.Token);
        }
        catch (Exception error)
        {
            // A tick cut short by disposal is expected; anything else is the grain's error to see in the log.
            if (!_disposed.IsCancellationRequested)
            {
                SiloLog.TimerFailed(_logger, error, _activation.GrainId);
            }
        }

        if (_period != Timeout.InfiniteTimeSpan)
        {
            Arm(_period);
        }
    }

    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    private sealed class TimerTickCall(GrainTimer timer) : IncomingCall
    {
        public override Invocation.CallChain? Chain => null;

        public override Invocation.RequestFlags Flags =>
            timer._options.Interleave ? Invocation.RequestFlags.AlwaysInterleave : Invocation.RequestFlags.None;

        public override bool CountsAsUse => timer._options.KeepAlive;

        public override Task ExecuteAsync(object grain) => timer.TickAsync();

        public override void Fail(Exception error) => SiloLog.TimerFailed(timer._logger, error, timer._activation.GrainId);

        public override string Describe() => $"timer tick on {timer._activation.GrainId}";
    }
}
