using Mesh.Grains.Encounters;

namespace Mesh.WebFrontend.Live;

/// <summary>
/// What the hub checks of an audio chunk before handing it to the grain: present, within the size limit, numbered
/// from 1, the encounter taking audio (as its events last said), and the connection within its chunk rate. A chunk that
/// fails gets an <c>error</c> event naming the problem; the connection goes on.
/// </summary>
public sealed class ChunkChecks(LiveOptions limits, ChunkRateLimiter rate, Func<EncounterStatus?> status)
{
    public (string Code, string Message)? ProblemWith(AudioChunkMessage chunk)
    {
        if (chunk.Data is not { Length: > 0 } data)
        {
            return ("chunk_empty", $"Chunk {chunk.Sequence} holds no audio.");
        }

        if (data.Length > limits.MaxChunkBytes)
        {
            return ("chunk_too_large", $"Chunk {chunk.Sequence} holds {data.Length} bytes; the limit is {limits.MaxChunkBytes}. It was not stored.");
        }

        if (chunk.Sequence < 1)
        {
            return ("chunk_sequence_invalid", "Chunk sequence numbers start at 1.");
        }

        if (status() is { } current && current != EncounterStatus.Active)
        {
            var name = current.ToString().ToLowerInvariant();
            return ("encounter_" + name, $"The encounter is {name}; chunk {chunk.Sequence} was refused.");
        }

        return rate.TryTake() ? null : ("rate_limited", $"Too many chunks per second; chunk {chunk.Sequence} was refused. Resend it.");
    }
}
