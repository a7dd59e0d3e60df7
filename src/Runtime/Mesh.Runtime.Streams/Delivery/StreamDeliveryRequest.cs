using Mesh.Runtime.Invocation;
using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>
/// The grain call that hands one event to a grain implementing <see cref="IStreamSubscriber{T}"/>. Written by hand
/// because the subscriber interface is generic, which generated proxies do not cover.
/// </summary>
internal sealed class StreamDeliveryRequest<T>(T item, StreamSequenceToken token) : GrainRequest<NoResult>
{
    public T Item { get; } = item;

    public StreamSequenceToken Token { get; } = token;

    public override string InterfaceName => typeof(IStreamSubscriber<T>).FullName ?? nameof(IStreamSubscriber<T>);

    public override string MethodName => nameof(IStreamSubscriber<T>.OnNextAsync);

    // The item was decoded for this call alone; nobody else holds it, so there is nothing to copy.
    public override void CopyArguments(IDeepCopier copier)
    {
    }

    public override ValueTask<NoResult> InvokeAsync(object grain) =>
        grain is IStreamSubscriber<T> subscriber
            ? Complete(subscriber.OnNextAsync(Item, Token))
            : throw new InvalidOperationException(
                $"{grain.GetType().FullName} receives a stream of {typeof(T).Name} but does not implement IStreamSubscriber<{typeof(T).Name}>.");
}
