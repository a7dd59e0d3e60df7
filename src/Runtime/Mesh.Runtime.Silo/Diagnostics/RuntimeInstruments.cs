using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Mesh.Runtime.Diagnostics;

/// <summary>
/// The silo's metrics (meter "Mesh.Runtime") and trace source (activity source "Mesh.Runtime"):
/// calls, call latency, failures, activations and queued calls.
/// </summary>
internal sealed class RuntimeInstruments : IDisposable
{
    public const string Name = "Mesh.Runtime";

    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Meter _meter;
    private readonly Counter<long> _calls;
    private readonly Counter<long> _failedCalls;
    private readonly Histogram<double> _callDuration;
    private readonly UpDownCounter<long> _activations;

    public RuntimeInstruments(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _calls = _meter.CreateCounter<long>("mesh.grain.calls", "{call}", "Grain calls completed.");
        _failedCalls = _meter.CreateCounter<long>("mesh.grain.calls.failed", "{call}", "Grain calls that ended in an exception or timeout.");
        _callDuration = _meter.CreateHistogram<double>("mesh.grain.call.duration", "ms", "Time from sending a grain call to its response.");
        _activations = _meter.CreateUpDownCounter<long>("mesh.grain.activations", "{activation}", "Live activations in this silo.");
    }

    public void CallCompleted(TimeProvider time, long started, bool failed)
    {
        _calls.Add(1);
        if (failed)
        {
            _failedCalls.Add(1);
        }

        // Reading the clock costs more than the rest; only pay for it when someone listens.
        if (_callDuration.Enabled)
        {
            _callDuration.Record(time.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public void ActivationCreated() => _activations.Add(1);

    public void ActivationRemoved() => _activations.Add(-1);

    /// <summary>Publishes the number of calls waiting in mailboxes, read when a listener asks.</summary>
    public void ObserveQueueLength(Func<long> queued) =>
        _meter.CreateObservableGauge("mesh.grain.queue.length", queued, "{call}", "Calls waiting in activation mailboxes.");

    public void Dispose() => _meter.Dispose();
}
