using Mesh.Runtime.Streams.Delivery;
using Mesh.Runtime.Streams.Diagnostics;
using Mesh.Runtime.Streams.Hosting;
using Mesh.Runtime.Streams.Storage;
using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Streams.Providers;

/// <summary>What the queue grains of one provider share in this silo: settings, store, codec and delivery plumbing.</summary>
internal sealed class StreamProviderRuntime(
    string name,
    StreamProviderOptions options,
    IStreamStore store,
    StreamPayloadCodec codec,
    StreamHandlerRegistry handlers,
    DeliveryTargetResolver targets,
    ImplicitSubscriptionCatalog implicitSubscribers,
    StreamInstruments instruments,
    TimeProvider time,
    ILogger logger)
{
    public string Name { get; } = name;

    public StreamProviderOptions Options { get; } = options;

    public IStreamStore Store { get; } = store;

    public StreamPayloadCodec Codec { get; } = codec;

    public StreamHandlerRegistry Handlers { get; } = handlers;

    public DeliveryTargetResolver Targets { get; } = targets;

    public ImplicitSubscriptionCatalog ImplicitSubscribers { get; } = implicitSubscribers;

    public StreamInstruments Instruments { get; } = instruments;

    public TimeProvider Time { get; } = time;

    public ILogger Logger { get; } = logger;

    /// <summary>Durable providers store events before answering producers and replay them after a restart.</summary>
    public bool IsDurable => Store.KeepsEvents;
}
