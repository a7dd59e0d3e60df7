using Mesh.Grains.Live;

namespace Mesh.Grains.Tests.Live;

/// <summary>Pushes audio through a detector in chunks, as a clinic app would, and remembers every chunk sent.</summary>
internal static class ChunkedStream
{
    /// <summary>One chunk sent: its sequence number, where it starts in the stream and its bytes.</summary>
    public sealed record Chunk(long Sequence, long StartByte, byte[] Bytes);

    /// <summary>Splits <paramref name="pcm"/> into chunks of the given sizes (cycled), numbered from <paramref name="firstSequence"/> in steps of <paramref name="step"/>.</summary>
    public static List<Chunk> Split(byte[] pcm, IReadOnlyList<int> sizes, long firstSequence = 0, long step = 1)
    {
        var chunks = new List<Chunk>();
        var offset = 0;
        for (var i = 0; offset < pcm.Length; i++)
        {
            var size = Math.Min(sizes[i % sizes.Count], pcm.Length - offset);
            chunks.Add(new Chunk(firstSequence + (i * step), offset, pcm[offset..(offset + size)]));
            offset += size;
        }

        return chunks;
    }

    /// <summary>100 ms chunks, as clinic apps send them.</summary>
    public static List<Chunk> Split(byte[] pcm) => Split(pcm, [3200]);

    /// <summary>Pushes every chunk and flushes; returns all utterances in order.</summary>
    public static List<SpeechUtterance> Run(VoiceActivityDetector detector, IEnumerable<Chunk> chunks, bool flush = true)
    {
        var found = new List<SpeechUtterance>();
        foreach (var chunk in chunks)
        {
            found.AddRange(detector.Push(chunk.Sequence, chunk.Bytes));
        }

        if (flush && detector.Flush() is { } last)
        {
            found.Add(last);
        }

        return found;
    }

    public static List<SpeechUtterance> Run(byte[] pcm, VoiceActivityOptions? options = null) =>
        Run(new VoiceActivityDetector(options ?? new VoiceActivityOptions()), Split(pcm));
}
