using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Timers;
using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Activation;

/// <summary>Activation and deactivation: each runs once, on the activation's own context.</summary>
internal sealed partial class GrainActivation
{
    /// <summary>Creates the grain object, reads its state and runs OnActivateAsync; waiting calls start after.</summary>
    public void Activate() => Context.Post(static state => _ = ((GrainActivation)state!).ActivateAsync(), this);

    private async Task ActivateAsync()
    {
        try
        {
            var created = GrainClass.Activator.Create(this);
            _grain = created.Grain;
            foreach (var state in created.States)
            {
                await state.ReadStateAsync(CancellationToken.None);
            }

            await _grain.OnActivateAsync(CancellationToken.None);
        }
        catch (Exception error)
        {
            SiloLog.ActivationFailed(_runtime.Logger, error, GrainId);
            FailActivation(error);
            return;
        }

        _runtime.Instruments.ActivationCreated();
        lock (_lock)
        {
            _state = ActivationState.Valid;
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

    private void FailActivation(Exception error)
    {
        var waiting = Retire();
        foreach (var call in waiting)
        {
            call.Fail(error);
        }

        _deactivated.TrySetResult();
    }

    /// <summary>Deactivates once no call is running; calls that arrive meanwhile go to the next activation.</summary>
    public void StartDeactivation(DeactivationReason reason)
    {
        lock (_lock)
        {
            if (_state is ActivationState.Deactivating or ActivationState.Invalid || _deactivationRequested)
            {
                return;
            }

            _deactivationRequested = true;
            _deactivationReason = reason;
            if (_state == ActivationState.Valid)
            {
                BeginDeactivationIfQuietLocked();
            }
        }
    }

    private void BeginDeactivationIfQuietLocked()
    {
        if (_running > 0 || _state != ActivationState.Valid)
        {
            return;
        }

        _state = ActivationState.Deactivating;
        Context.Post(static state => _ = ((GrainActivation)state!).DeactivateAsync(), this);
    }

    private async Task DeactivateAsync()
    {
        GrainTimer[] timers;
        lock (_lock)
        {
            timers = [.. _timers];
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }

        try
        {
            await _grain!.OnDeactivateAsync(_deactivationReason, CancellationToken.None);
        }
        catch (Exception error)
        {
            SiloLog.DeactivationFailed(_runtime.Logger, error, GrainId);
        }

        var waiting = Retire();
        _runtime.Instruments.ActivationRemoved();
        SiloLog.Deactivated(_runtime.Logger, GrainId, _deactivationReason);

        // Calls that arrived while we deactivated belong to the next activation.
        foreach (var call in waiting)
        {
            _runtime.Catalog.Dispatch(GrainId, call);
        }

        _deactivated.TrySetResult();
    }

    /// <summary>Marks the activation gone, drops it from the catalog and hands back the calls still waiting in it.</summary>
    private IncomingCall[] Retire()
    {
        IncomingCall[] waiting;
        lock (_lock)
        {
            _state = ActivationState.Invalid;
            waiting = [.. _waiting];
            _waiting.Clear();
        }

        _runtime.Catalog.Remove(this);
        return waiting;
    }
}
