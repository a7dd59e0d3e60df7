using Mesh.Runtime.Invocation;
using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>
/// The grain call that hands one event to a grain implementing <see cref="IStreamSubscriber{T}"/>. Written by hand
/// because the subscriber interface is generic, which generated proxies do not cover.
/// </summary>
internal sealed class StreamDeliveryRequest<T> : GrainRequest<NoResult>
{
    // Registered on first use of an event type, so a silo that delivers this type can also decode it from the wire.
    private static readonly string Key = Register();

    public StreamDeliveryRequest(T item, StreamSequenceToken token)
    {
        Item = item;
        Token = token;
    }

    private StreamDeliveryRequest()
    {
        Item = default!;
    }

    public T Item { get; private set; }

    public StreamSequenceToken Token { get; private set; }

    public override string RequestKey => Key;

    public override void WriteArguments(ArgumentWriter writer)
    {
        writer.Write(Item);
        writer.Write(Token.Sequence);
    }

    public override void ReadArguments(ArgumentReader reader)
    {
        Item = reader.Read<T>();
        Token = new StreamSequenceToken(reader.Read<long>());
    }

    private static string Register()
    {
        var key = $"mesh.streams.deliver:{typeof(T).FullName}";
        GrainRequestRegistry.Register(key, static () => new StreamDeliveryRequest<T>());
        return key;
    }

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
