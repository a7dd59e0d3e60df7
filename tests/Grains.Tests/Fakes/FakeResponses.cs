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

    /// <summary>The tool calls for a request that offers tools (given the parsed request body); none by default.</summary>
    public Func<JsonNode, IReadOnlyList<FakeToolCall>> ToolCalls { get; set; } = _ => [];

    /// <summary>The text a model answers with when it calls no tool.</summary>
    public string ToolFreeContent { get; set; } = "That is not a command.";

    /// <summary>When set, the text answered without a tool call for a request (given its parsed body); else <see cref="ToolFreeContent"/>.</summary>
    public Func<JsonNode, string>? ToolFreeContentOf { get; set; }

    /// <summary>How long every request waits before it is answered: a model's fixed latency, for benchmarks.</summary>
    public TimeSpan Latency { get; set; }

    public byte[] Speech { get; set; } = WavWriter.Pcm16(new short[2400], 24000, 1);
}

/// <summary>A tool call the fake model makes; <see cref="ArgumentsAsObject"/> sends the arguments as an object, as some servers do.</summary>
public sealed record FakeToolCall(string Name, string Arguments, bool ArgumentsAsObject = false);
