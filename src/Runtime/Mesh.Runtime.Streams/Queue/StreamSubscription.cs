namespace Mesh.Runtime.Streams.Queue;

/// <summary>One subscription to one stream, as the queue grain stores it.</summary>
/// <param name="Id">The subscription id; handles carry it.</param>
/// <param name="Kind">Who receives the events.</param>
/// <param name="Target">
/// For grains the grain id (<c>type/key</c>), for implicit subscriptions the grain type, for observers the observer id
/// (<c>client-observer/{client}/{observer}</c>), for handlers empty.
/// </param>
/// <param name="ElementType">The event type's assembly-qualified name, so a delivery can be decoded after a restart.</param>
[Immutable]
internal sealed record StreamSubscription(Guid Id, SubscriberKind Kind, string Target, string ElementType)
{
    /// <summary>How <see cref="ElementType"/> names an event type.</summary>
    public static string ElementTypeName(Type type) => type.AssemblyQualifiedName ?? type.FullName ?? type.Name;
}

/// <summary>Who a subscription delivers to.</summary>
internal enum SubscriberKind
{
    /// <summary>A grain that subscribed explicitly; delivered by a grain call.</summary>
    Grain,

    /// <summary>A handler registered in a silo's process; delivered in that process.</summary>
    Handler,

    /// <summary>A grain class marked <see cref="ImplicitStreamSubscriptionAttribute"/>; the grain's key is the stream's key.</summary>
    Implicit,

    /// <summary>A handler in a cluster client; delivered by a call to the client's observer, through its gateway.</summary>
    Observer,
}
