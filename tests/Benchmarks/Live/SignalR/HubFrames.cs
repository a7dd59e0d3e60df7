using System.Buffers;
using System.Text.Json;

namespace Mesh.Benchmarks.Live.SignalR;

/// <summary>
/// Writes the client's messages of the SignalR JSON hub protocol, each closed by the record separator:
/// invocations (type 1), stream items (type 2), completions of client-to-server streams (type 3) and pings (type 6).
/// Reuses one buffer, so one connection writes one frame at a time.
/// </summary>
internal sealed class HubFrames(JsonSerializerOptions payloadOptions)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(8 * 1024);
    private readonly Utf8JsonWriter _writer = new(Stream.Null);

    public static ReadOnlyMemory<byte> Handshake { get; } = "{\"protocol\":\"json\",\"version\":1}\u001e"u8.ToArray();

    public static ReadOnlyMemory<byte> Ping { get; } = "{\"type\":6}\u001e"u8.ToArray();

    /// <summary>An invocation; <paramref name="invocationId"/> null means no answer is wanted, <paramref name="streamIds"/> names the streams the client will send.</summary>
    public ReadOnlyMemory<byte> Invocation(string? invocationId, string target, IReadOnlyList<object?> arguments, IReadOnlyList<string>? streamIds = null) =>
        Frame(writer =>
        {
            writer.WriteNumber("type", 1);
            if (invocationId is not null)
            {
                writer.WriteString("invocationId", invocationId);
            }

            writer.WriteString("target", target);
            writer.WriteStartArray("arguments");
            foreach (var argument in arguments)
            {
                JsonSerializer.Serialize(writer, argument, argument?.GetType() ?? typeof(object), payloadOptions);
            }

            writer.WriteEndArray();
            if (streamIds is { Count: > 0 })
            {
                writer.WriteStartArray("streamIds");
                foreach (var id in streamIds)
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
            }
        });

    /// <summary>One item of a client-to-server stream; <paramref name="writeItem"/> writes the item's properties.</summary>
    public ReadOnlyMemory<byte> StreamItem<TState>(string streamId, TState state, Action<Utf8JsonWriter, TState> writeItem)
    {
        Begin();
        _writer.WriteNumber("type", 2);
        _writer.WriteString("invocationId", streamId);
        _writer.WriteStartObject("item");
        writeItem(_writer, state);
        _writer.WriteEndObject();
        return End();
    }

    /// <summary>Ends a client-to-server stream: a completion whose invocation id is the stream's id.</summary>
    public ReadOnlyMemory<byte> StreamCompletion(string streamId) => Frame(writer =>
    {
        writer.WriteNumber("type", 3);
        writer.WriteString("invocationId", streamId);
    });

    private ReadOnlyMemory<byte> Frame(Action<Utf8JsonWriter> writeBody)
    {
        Begin();
        writeBody(_writer);
        return End();
    }

    private void Begin()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
    }

    private ReadOnlyMemory<byte> End()
    {
        _writer.WriteEndObject();
        _writer.Flush();
        _buffer.GetSpan(1)[0] = RecordBuffer.Separator;
        _buffer.Advance(1);
        return _buffer.WrittenMemory;
    }
}
