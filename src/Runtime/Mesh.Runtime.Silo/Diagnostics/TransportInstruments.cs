using System.Diagnostics.Metrics;

namespace Mesh.Runtime.Diagnostics;

/// <summary>Metrics of the cluster (meter "Mesh.Runtime.Cluster"): messages, connections, membership changes.</summary>
internal sealed class TransportInstruments : IDisposable
{
    public const string Name = "Mesh.Runtime.Cluster";

    private readonly Meter _meter;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _received;
    private readonly Counter<long> _membershipChanges;

    public TransportInstruments(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _sent = _meter.CreateCounter<long>("mesh.messages.sent", "{message}", "Frames sent to other silos and clients.");
        _received = _meter.CreateCounter<long>("mesh.messages.received", "{message}", "Frames received from other silos and clients.");
        _membershipChanges = _meter.CreateCounter<long>("mesh.membership.changes", "{change}", "Silos seen to join, leave or die.");
    }

    public void MessageSent() => _sent.Add(1);

    public void MessageReceived() => _received.Add(1);

    public void MembershipChanged(int count) => _membershipChanges.Add(count);

    public void ObserveConnections(Func<int> count) =>
        _meter.CreateObservableGauge("mesh.connections", count, "{connection}", "Open TCP connections of this silo.");

    public void Dispose() => _meter.Dispose();
}
