using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Mesh.Runtime.Streams.Diagnostics;

/// <summary>
/// Stream metrics (meter "Mesh.Runtime.Streams"): events in and out per provider, parked and replayed events, client
/// subscriptions removed as unreachable, and the lag of every
/// live subscription (events stored or buffered that it has not acknowledged yet).
/// </summary>
internal sealed class StreamInstruments : IDisposable
{
    public const string MeterName = "Mesh.Runtime.Streams";

    private readonly Meter _meter;
    private readonly Counter<long> _eventsIn;
    private readonly Counter<long> _eventsOut;
    private readonly Counter<long> _parked;
    private readonly Counter<long> _replayed;
    private readonly Counter<long> _dropped;
    private readonly ConcurrentDictionary<ILagSource, byte> _lagSources = new();

    public StreamInstruments(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _eventsIn = _meter.CreateCounter<long>("mesh.streams.events.in", "{event}", "Events appended to streams.");
        _eventsOut = _meter.CreateCounter<long>("mesh.streams.events.out", "{event}", "Events delivered to and acknowledged by a subscription.");
        _parked = _meter.CreateCounter<long>("mesh.streams.events.parked", "{event}", "Events set aside after their last failed delivery.");
        _replayed = _meter.CreateCounter<long>("mesh.streams.events.replayed", "{event}", "Parked events delivered by a replay.");
        _dropped = _meter.CreateCounter<long>(
            "mesh.streams.subscriptions.dropped", "{subscription}", "Subscriptions removed because their client stayed unreachable.");
        _meter.CreateObservableGauge("mesh.streams.subscription.lag", ObserveLag, "{event}", "Events of a stream a live subscription has not acknowledged.");
    }

    public void EventsIn(string provider, int count) => _eventsIn.Add(count, new KeyValuePair<string, object?>("provider", provider));

    public void EventOut(string provider) => _eventsOut.Add(1, new KeyValuePair<string, object?>("provider", provider));

    public void EventParked(string provider) => _parked.Add(1, new KeyValuePair<string, object?>("provider", provider));

    public void EventReplayed(string provider) => _replayed.Add(1, new KeyValuePair<string, object?>("provider", provider));

    public void SubscriptionDropped(string provider) => _dropped.Add(1, new KeyValuePair<string, object?>("provider", provider));

    public void TrackLag(ILagSource source) => _lagSources.TryAdd(source, 0);

    public void UntrackLag(ILagSource source) => _lagSources.TryRemove(source, out _);

    private IEnumerable<Measurement<long>> ObserveLag() =>
        _lagSources.Keys.Select(source => new Measurement<long>(
            source.Lag,
            new KeyValuePair<string, object?>("provider", source.Provider),
            new KeyValuePair<string, object?>("stream", source.Stream),
            new KeyValuePair<string, object?>("subscription", source.SubscriptionId)));

    public void Dispose() => _meter.Dispose();
}

/// <summary>A live subscription whose lag the gauge reads; read from the metrics thread, so values are read racily but whole.</summary>
internal interface ILagSource
{
    string Provider { get; }

    string Stream { get; }

    string SubscriptionId { get; }

    long Lag { get; }
}
