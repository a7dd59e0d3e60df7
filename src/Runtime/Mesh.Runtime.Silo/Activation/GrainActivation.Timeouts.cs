namespace Mesh.Runtime.Activation;

/// <summary>
/// The calls an activation holds, running or waiting, so the timeout sweep can find the ones whose caller has
/// waited too long. Running calls sit in an intrusive list: admitting and finishing a call allocates nothing.
/// </summary>
internal sealed partial class GrainActivation
{
    private IncomingCall? _firstRunning;

    private void AddRunningLocked(IncomingCall call)
    {
        call.PreviousRunning = null;
        call.NextRunning = _firstRunning;
        if (_firstRunning is not null)
        {
            _firstRunning.PreviousRunning = call;
        }

        _firstRunning = call;
    }

    private void RemoveRunningLocked(IncomingCall call)
    {
        if (call.PreviousRunning is null)
        {
            _firstRunning = call.NextRunning;
        }
        else
        {
            call.PreviousRunning.NextRunning = call.NextRunning;
        }

        if (call.NextRunning is not null)
        {
            call.NextRunning.PreviousRunning = call.PreviousRunning;
        }

        call.PreviousRunning = call.NextRunning = null;
    }

    /// <summary>Adds the calls whose deadline has passed to <paramref name="expired"/>.</summary>
    public void CollectExpiredCalls(long now, List<IncomingCall> expired)
    {
        lock (_lock)
        {
            for (var call = _firstRunning; call is not null; call = call.NextRunning)
            {
                if (call.Deadline <= now)
                {
                    expired.Add(call);
                }
            }

            foreach (var call in _waiting)
            {
                if (call.Deadline <= now)
                {
                    expired.Add(call);
                }
            }
        }
    }
}
