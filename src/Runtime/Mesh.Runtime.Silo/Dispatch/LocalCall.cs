using System.Diagnostics;
using Mesh.Runtime.Activation;
using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Dispatch;

/// <summary>
/// A call from code in this silo to a grain in this silo. The caller awaits <see cref="Task"/>; the activation
/// completes it, or the response tracker fails it when the response timeout passes.
/// </summary>
internal sealed class LocalCall<TResult> : IncomingCall
{
    // Continuations run asynchronously so a caller's code never runs on the callee's activation.
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly GrainRequest<TResult> _request;
    private readonly CallChain? _chain;
    private readonly GrainId _target;
    private readonly SiloCallServices _services;
    private readonly long _started;
    private readonly Activity? _activity;

    public LocalCall(GrainRequest<TResult> request, CallChain? chain, GrainId target, SiloCallServices services)
    {
        _request = request;
        _chain = chain;
        _target = target;
        _services = services;
        _started = services.Time.GetTimestamp();
        Deadline = _started + services.ResponseTimeoutTicks;
        _activity = RuntimeInstruments.ActivitySource.HasListeners() ? StartActivity() : null;
    }

    public Task<TResult> Task => _completion.Task;

    public override long Deadline { get; }

    public override CallChain? Chain => _chain;

    public override RequestFlags Flags => _request.Flags;

    public override async Task ExecuteAsync(object grain)
    {
        TResult result;
        try
        {
            // The copy is inside the try too: whatever goes wrong, the caller gets an answer instead of waiting for the timeout.
            result = _services.Copier.Copy(await _request.InvokeAsync(grain));
        }
        catch (Exception error)
        {
            Fail(error);
            return;
        }

        Finish(failed: false);
        _completion.TrySetResult(result);
    }

    public override void Fail(Exception error)
    {
        Finish(failed: true);
        _activity?.SetStatus(ActivityStatusCode.Error, error.Message);
        _completion.TrySetException(error);
    }

    public override void TimeOut()
    {
        if (_completion.Task.IsCompleted)
        {
            return;
        }

        var chain = _chain is null ? string.Empty : $" Call chain: {_chain} -> {_target}.";
        var message = $"{Describe()} got no response within {_services.ResponseTimeout}.{chain}";
        SiloLog.CallTimedOut(_services.Logger, Describe(), _services.ResponseTimeout);
        _services.Instruments.CallCompleted(_services.Time, _started, failed: true);
        _activity?.Dispose();
        _completion.TrySetException(new GrainCallTimeoutException(message));
    }

    public override string Describe() => $"{_request.InterfaceName}.{_request.MethodName} on {_target}";

    private void Finish(bool failed)
    {
        _services.Instruments.CallCompleted(_services.Time, _started, failed);
        _activity?.Dispose();
    }

    private Activity? StartActivity()
    {
        var activity = RuntimeInstruments.ActivitySource.StartActivity($"{_request.InterfaceName}/{_request.MethodName}", ActivityKind.Internal);
        activity?.SetTag("mesh.grain.id", _target.ToString());
        return activity;
    }
}
