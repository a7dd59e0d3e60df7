using System.Buffers;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Messaging;

/// <summary>Turns requests, results and errors into messages and back.</summary>
internal sealed class MessageFactory(IMeshSerializer serializer)
{
    public IMeshSerializer Serializer => serializer;

    /// <summary>The invoker that grain and observer references read from requests bind to.</summary>
    public IGrainCallInvoker? Invoker { get; set; }

    public Message CreateRequest(long id, GrainId target, GrainRequest request, CallChain? chain, MessageFlags flags, TimeSpan timeout)
    {
        var body = new ArrayBufferWriter<byte>(256);
        request.WriteArguments(new ArgumentWriter(serializer, body));
        return new Message
        {
            Id = id,
            Kind = MessageKind.Request,
            Flags = flags,
            Target = target,
            RequestKey = request.RequestKey,
            Chain = chain?.ToList() ?? [],
            TimeoutMilliseconds = (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds),
            Body = body.WrittenMemory,
        };
    }

    /// <summary>Rebuilds the request a message carries, by its key, with its arguments.</summary>
    public GrainRequest ReadRequest(Message message)
    {
        var request = GrainRequestRegistry.Create(message.RequestKey ?? throw new InvalidDataException("A request frame has no request key."));
        using (GrainReferenceScope.Enter(Invoker))
        {
            request.ReadArguments(new ArgumentReader(serializer, message.Body));
        }

        return request;
    }

    public Message CreateResponse<TResult>(long id, TResult result) =>
        new() { Id = id, Kind = MessageKind.Response, Body = serializer.SerializeToArray(result) };

    public Message CreateError(long id, Exception error) =>
        new() { Id = id, Kind = MessageKind.Error, Body = RemoteError.Write(serializer, error) };

    public Message CreateRejection(long id, string reason) =>
        new() { Id = id, Kind = MessageKind.Rejection, Body = serializer.SerializeToArray(reason) };

    public Message CreateHello(string identity) =>
        new() { Kind = MessageKind.Hello, Body = serializer.SerializeToArray(identity) };

    public string ReadHello(Message message) => serializer.Deserialize<string>(message.Body.Span) ?? string.Empty;
}
