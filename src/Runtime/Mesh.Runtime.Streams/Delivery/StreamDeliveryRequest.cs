using System.Reflection;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Streams.Delivery;

/// <summary>
/// The call that hands one event to a grain or a client observer implementing <see cref="IStreamSubscriber{T}"/>.
/// Written by hand because the subscriber interface is generic, which generated proxies do not cover.
/// </summary>
internal sealed class StreamDeliveryRequest<T> : GrainRequest<NoResult>
{
    // Registered on first use of an event type; a process that meets the key first on the wire (a subscriber's silo, a
    // gateway passing the call on to a client) builds it through StreamDeliveryRequests' resolver instead.
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

    public override string InterfaceName => typeof(IStreamSubscriber<T>).FullName ?? nameof(IStreamSubscriber<T>);

    public override string MethodName => nameof(IStreamSubscriber<T>.OnNextAsync);

    /// <summary>Makes sure this process can read deliveries of <typeparamref name="T"/> off the wire.</summary>
    public static void EnsureRegistered() => GrainRequestRegistry.Register(Key, CreateEmpty);

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

    // The item was decoded for this call alone; nobody else holds it, so there is nothing to copy.
    public override void CopyArguments(IDeepCopier copier)
    {
    }

    public override ValueTask<NoResult> InvokeAsync(object grain) =>
        grain is IStreamSubscriber<T> subscriber
            ? Complete(subscriber.OnNextAsync(Item, Token))
            : throw new InvalidOperationException(
                $"{grain.GetType().FullName} receives a stream of {typeof(T).Name} but does not implement IStreamSubscriber<{typeof(T).Name}>.");

    internal static GrainRequest CreateEmpty() => new StreamDeliveryRequest<T>();

    private static string Register()
    {
        var key = StreamDeliveryRequests.KeyFor(typeof(T));
        GrainRequestRegistry.Register(key, CreateEmpty);
        return key;
    }
}

/// <summary>The keys of stream deliveries (<c>mesh.streams.deliver:{type}, {assembly}</c>) and how to read any of them.</summary>
internal static class StreamDeliveryRequests
{
    private const string Prefix = "mesh.streams.deliver:";

    public static string KeyFor(Type elementType) => $"{Prefix}{elementType.FullName}, {elementType.Assembly.GetName().Name}";

    /// <summary>Lets this process read a delivery of any event type it can load, whether or not it used the type yet.</summary>
    public static void RegisterResolver() => GrainRequestRegistry.RegisterResolver(Prefix, Resolve);

    private static Func<GrainRequest>? Resolve(string key)
    {
        // Reflection once per event type and process; the factory it yields is kept by the registry.
        var elementType = Type.GetType(key[Prefix.Length..], throwOnError: false);
        return elementType?.IsGenericTypeDefinition != false
            ? null
            : typeof(StreamDeliveryRequest<>).MakeGenericType(elementType)
                .GetMethod(nameof(StreamDeliveryRequest<int>.CreateEmpty), BindingFlags.Static | BindingFlags.NonPublic)!
                .CreateDelegate<Func<GrainRequest>>();
    }
}
