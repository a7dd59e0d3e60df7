using Mesh.Runtime.Catalog;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Timers;

namespace Mesh.Runtime.Activation;

/// <summary>
/// One live instance of one grain: its mailbox and turn rules, its lifecycle and its timers.
/// All bookkeeping happens under <see cref="_lock"/>; grain code runs on <see cref="Context"/>.
/// </summary>
internal sealed partial class GrainActivation : IGrainContext
{
    private static readonly SendOrPostCallback RunCallCallback = static state => _ = ((IncomingCall)state!).Target!.RunCallAsync((IncomingCall)state);

    private readonly Lock _lock = new();
    private readonly Queue<IncomingCall> _waiting = new();
    private readonly List<GrainTimer> _timers = [];
    private readonly ActivationRuntime _runtime;
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ActivationState _state = ActivationState.Creating;
    private int _running;
    private bool _exclusiveRunning;
    private bool _deactivationRequested;
    private DeactivationReason _deactivationReason;
    private long _lastUsed;
    private long _keepAliveUntil;
    private Grain? _grain;

    public GrainActivation(GrainId grainId, GrainClassInfo grainClass, ActivationRuntime runtime)
    {
        GrainId = grainId;
        GrainClass = grainClass;
        _runtime = runtime;
        _lastUsed = runtime.Time.GetTimestamp();
    }

    public GrainId GrainId { get; }

    public GrainClassInfo GrainClass { get; }

    public ActivationSynchronizationContext Context { get; } = new();

    public IGrainFactory GrainFactory => _runtime.GrainFactory;

    public IServiceProvider Services => _runtime.Services;

    /// <summary>Completes when the activation has deactivated (or failed to activate).</summary>
    public Task Deactivated => _deactivated.Task;

    public int WaitingCount
    {
        get
        {
            lock (_lock)
            {
                return _waiting.Count;
            }
        }
    }

    /// <summary>Admits a call: starts it, queues it, or fails it at once if it would wait on itself.</summary>
    /// <returns>False when the activation is gone; the caller dispatches again to a new one.</returns>
    public bool TryEnqueue(IncomingCall call)
    {
        lock (_lock)
        {
            if (_state == ActivationState.Invalid)
            {
                return false;
            }

            var kind = KindOf(call);
            if (_state == ActivationState.Valid && !_deactivationRequested && CanStart(kind) && (_waiting.Count == 0 || kind == CallKind.Interleave))
            {
                AdmitLocked(call, kind);
            }
            else if (kind != CallKind.Interleave && _running > 0 && call.Chain is { } chain && chain.Contains(GrainId))
            {
                call.Fail(new DeadlockException([.. chain.ToList(), GrainId]));
                return true;
            }
            else
            {
                _waiting.Enqueue(call);
                return true;
            }
        }

        // Started outside the lock: the call may run inline, and grain code never runs under the lock.
        Context.RunOrPost(RunCallCallback, call);
        return true;
    }

    private CallKind KindOf(IncomingCall call) =>
        GrainClass.IsReentrant || (call.Flags & RequestFlags.AlwaysInterleave) != 0 ? CallKind.Interleave
        : (call.Flags & RequestFlags.ReadOnly) != 0 ? CallKind.ReadOnly
        : CallKind.Exclusive;

    private bool CanStart(CallKind kind) => kind switch
    {
        CallKind.Interleave => true,
        CallKind.ReadOnly => !_exclusiveRunning,
        _ => _running == 0,
    };

    private void StartLocked(IncomingCall call, CallKind kind)
    {
        AdmitLocked(call, kind);
        Context.Post(RunCallCallback, call);
    }

    private void AdmitLocked(IncomingCall call, CallKind kind)
    {
        _running++;
        AddRunningLocked(call);
        _exclusiveRunning |= kind == CallKind.Exclusive;
        call.Kind = kind;
        call.Target = this;
    }

    private async Task RunCallAsync(IncomingCall call)
    {
        // Outgoing calls made while serving this call carry the chain up to and including this grain.
        RuntimeContext.OutgoingChain = CallChain.Append(call.Chain, GrainId);
        try
        {
            await call.ExecuteAsync(_grain!);
        }
        finally
        {
            OnCallCompleted(call);
        }
    }

    private void OnCallCompleted(IncomingCall call)
    {
        lock (_lock)
        {
            _running--;
            RemoveRunningLocked(call);
            if (call.Kind == CallKind.Exclusive)
            {
                _exclusiveRunning = false;
            }

            if (call.CountsAsUse)
            {
                _lastUsed = _runtime.Time.GetTimestamp();
            }

            if (_deactivationRequested)
            {
                BeginDeactivationIfQuietLocked();
            }
            else
            {
                PumpLocked();
            }
        }
    }

    private void PumpLocked()
    {
        while (_state == ActivationState.Valid && !_deactivationRequested && _waiting.TryPeek(out var next))
        {
            var kind = KindOf(next);
            if (!CanStart(kind))
            {
                return;
            }

            _waiting.Dequeue();
            StartLocked(next, kind);
        }
    }

    /// <summary>Whether the activation has been idle for longer than <paramref name="age"/>.</summary>
    public bool IsIdleLongerThan(long now, TimeSpan age)
    {
        lock (_lock)
        {
            return _state == ActivationState.Valid && _running == 0 && _waiting.Count == 0 && now >= _keepAliveUntil
                && _runtime.Time.GetElapsedTime(_lastUsed, now) >= age;
        }
    }

    public void DeactivateOnIdle() => StartDeactivation(DeactivationReason.ApplicationRequested);

    public void DelayDeactivation(TimeSpan timeToKeepAlive)
    {
        lock (_lock)
        {
            _keepAliveUntil = _runtime.Time.GetTimestamp() + (long)(timeToKeepAlive.TotalSeconds * _runtime.Time.TimestampFrequency);
        }
    }

    public IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        var timer = new GrainTimer(this, callback, options, _runtime.Time, _runtime.Logger);
        lock (_lock)
        {
            if (_state is ActivationState.Deactivating or ActivationState.Invalid)
            {
                timer.Dispose();
                return timer;
            }

            _timers.Add(timer);
        }

        timer.Start();
        return timer;
    }

    internal void RemoveTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    public override string ToString() => $"activation {GrainId}";
}
