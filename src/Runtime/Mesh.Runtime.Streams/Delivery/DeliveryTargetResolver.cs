using System.Collections.Concurrent;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>
/// Finds where a subscription delivers. This is the one place that knows the kinds of subscriber; a cluster client's
/// observer becomes one more case here when the cluster runtime can carry calls to clients.
/// </summary>
internal sealed class DeliveryTargetResolver(IGrainCallInvoker invoker, StreamHandlerRegistry handlers, StreamPayloadCodec codec)
{
    private static readonly ConcurrentDictionary<string, Type?> ElementTypes = new(StringComparer.Ordinal);

    /// <summary>The target, or null when it is not reachable from here (a handler of another process, an unknown event type).</summary>
    public IDeliveryTarget? Resolve(StreamSubscription subscription, StreamId stream) => subscription.Kind switch
    {
        SubscriberKind.Handler => handlers.Find(subscription.Id),
        SubscriberKind.Grain => ForGrain(ParseGrainId(subscription.Target), subscription.ElementType),
        SubscriberKind.Implicit => ForGrain(new GrainId(subscription.Target, stream.Key), subscription.ElementType),
        _ => null,
    };

    public static string ElementTypeName(Type type) => type.AssemblyQualifiedName ?? type.FullName ?? type.Name;

    private IDeliveryTarget? ForGrain(GrainId grainId, string elementTypeName)
    {
        var elementType = ElementTypes.GetOrAdd(elementTypeName, static name => Type.GetType(name, throwOnError: false));
        return elementType is null
            ? null
            : (IDeliveryTarget)Activator.CreateInstance(typeof(GrainDeliveryTarget<>).MakeGenericType(elementType), invoker, grainId, codec)!;
    }

    private static GrainId ParseGrainId(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0
            ? throw new FormatException($"'{text}' is not a grain id of the form type/key.")
            : new GrainId(text[..slash], text[(slash + 1)..]);
    }
}
