using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mesh.Runtime.Serialization;

/// <summary>
/// Keeps one <see cref="Utf8JsonWriter"/> per thread so that the hot path does not allocate a writer per call.
/// A nested rent on the same thread gets a fresh writer instead of sharing the busy one.
/// </summary>
internal static class JsonWriterCache
{
    // Payloads travel between silos and into storage, never into HTML, so non-ASCII text (names, transcripts in
    // the patient's language) is written as UTF-8 rather than six-byte escapes.
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // A returned writer points here so that it does not keep the caller's buffer alive; nothing is ever written to it.
    private static readonly ArrayBufferWriter<byte> Detached = new(1);

    [ThreadStatic]
    private static Utf8JsonWriter? _cached;

    public static Utf8JsonWriter Rent(IBufferWriter<byte> destination)
    {
        var writer = _cached;
        if (writer is null)
        {
            return new Utf8JsonWriter(destination, Options);
        }

        _cached = null;
        writer.Reset(destination);
        return writer;
    }

    public static void Return(Utf8JsonWriter writer)
    {
        writer.Reset(Detached);
        _cached = writer;
    }
}
