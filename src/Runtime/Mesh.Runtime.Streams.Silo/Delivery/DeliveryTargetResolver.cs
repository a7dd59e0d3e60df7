using System.Collections.Concurrent;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>Finds where a subscription delivers. This is the one place that knows the kinds of subscriber.</summary>
internal sealed class DeliveryTargetResolver(IGrainCallInvoker invoker, StreamHandlerRegistry handlers, StreamPayloadCodec codec)
{
    private static readonly ConcurrentDictionary<string, Type?> ElementTypes = new(StringComparer.Ordinal);

    /// <summary>The target, or null when it is not reachable from here (a handler of another process, an unknown event type).</summary>
    public IDeliveryTarget? Resolve(StreamSubscription subscription, StreamId stream) => subscription.Kind switch
    {
        SubscriberKind.Handler => handlers.Find(subscription.Id),
        SubscriberKind.Grain => Create(typeof(GrainDeliveryTarget<>), ParseGrainId(subscription.Target), subscription.ElementType),
        SubscriberKind.Implicit => Create(typeof(GrainDeliveryTarget<>), new GrainId(subscription.Target, stream.Key), subscription.ElementType),
        SubscriberKind.Observer => Create(typeof(ObserverDeliveryTarget<>), ParseGrainId(subscription.Target), subscription.ElementType),
        _ => null,
    };

    private IDeliveryTarget? Create(Type targetType, GrainId receiver, string elementTypeName)
    {
        var elementType = ElementTypes.GetOrAdd(elementTypeName, static name => Type.GetType(name, throwOnError: false));
        return elementType is null
            ? null
            : (IDeliveryTarget)Activator.CreateInstance(targetType.MakeGenericType(elementType), invoker, receiver, codec)!;
    }

    private static GrainId ParseGrainId(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0
            ? throw new FormatException($"'{text}' is not a grain id of the form type/key.")
            : new GrainId(text[..slash], text[(slash + 1)..]);
    }
}
