using Mesh.Runtime.Invocation;

namespace Mesh.Runtime.Activation;

/// <summary>A unit of work for an activation: a request from a caller, or a timer tick.</summary>
internal abstract class IncomingCall
{
    /// <summary>The grains the call passed through before reaching this activation.</summary>
    public abstract CallChain? Chain { get; }

    /// <summary>How the call may interleave, from its method's attributes.</summary>
    public abstract RequestFlags Flags { get; }

    /// <summary>Whether running it counts as use of the activation (keeps it from idle collection).</summary>
    public virtual bool CountsAsUse => true;

    /// <summary>When the caller stops waiting, as a <see cref="TimeProvider"/> timestamp; long.MaxValue for never.</summary>
    public virtual long Deadline => long.MaxValue;

    /// <summary>Links of the activation's list of running calls; touched only under the activation's lock.</summary>
    public IncomingCall? PreviousRunning { get; set; }

    /// <summary>Links of the activation's list of running calls; touched only under the activation's lock.</summary>
    public IncomingCall? NextRunning { get; set; }

    /// <summary>The activation running it; set when it starts.</summary>
    public GrainActivation? Target { get; set; }

    /// <summary>How the activation admitted it; set when it starts.</summary>
    public CallKind Kind { get; set; }

    /// <summary>Runs the call on the grain and reports its outcome to the caller. Never throws.</summary>
    public abstract Task ExecuteAsync(object grain);

    /// <summary>Reports a failure to the caller without running the call.</summary>
    public abstract void Fail(Exception error);

    /// <summary>Tells the caller its response timeout passed; the call itself may still be running.</summary>
    public virtual void TimeOut()
    {
    }

    /// <summary>Names the call in logs and errors.</summary>
    public abstract string Describe();
}

/// <summary>How a call is admitted into an activation's turn schedule.</summary>
internal enum CallKind
{
    /// <summary>Runs alone.</summary>
    Exclusive,

    /// <summary>Runs alongside other read-only calls.</summary>
    ReadOnly,

    /// <summary>Starts whenever it arrives, interleaving at await points.</summary>
    Interleave,
}
