using System.Text.Json.Nodes;
using Mesh.Grains.Audio;

namespace Mesh.Grains.Tests.Fakes;

/// <summary>What the fake server answers on success; tests replace any of these.</summary>
public sealed class FakeResponses
{
    public string Transcription { get; set; } = """
        {"task":"transcribe","language":"english","duration":4.2,"text":" Where does it hurt? My left knee.",
         "segments":[{"id":0,"start":0.0,"end":1.6,"text":" Where does it hurt?"},{"id":1,"start":2.0,"end":4.2,"text":" My left knee."}]}
        """;

    /// <summary>The assistant message content for a chat request (given the parsed request body).</summary>
    public Func<JsonNode, string> ChatContent { get; set; } = _ => """{"ok":true}""";

    public byte[] Speech { get; set; } = WavWriter.Pcm16(new short[2400], 24000, 1);
}
