namespace Mesh.WebFrontend.Live;

/// <summary>Limits of live encounters over SignalR, bound from "Mesh:Live".</summary>
public sealed class LiveOptions
{
    public const string SectionName = "Mesh:Live";

    /// <summary>Largest audio chunk, decoded; a larger one gets an error event and is not stored. Default 64 KiB (2 s of PCM16).</summary>
    public int MaxChunkBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Largest SignalR message. A chunk travels base64 in JSON, so this sits above <see cref="MaxChunkBytes"/> × 4/3 with room
    /// for an oversized chunk to be answered with an error rather than a closed connection. Default 256 KiB.
    /// </summary>
    public long MaxMessageBytes { get; set; } = 256 * 1024;

    /// <summary>Chunks per second one connection may send on average (real time is 10). Default 50.</summary>
    public int MaxChunksPerSecond { get; set; } = 50;

    /// <summary>Chunks one connection may send at once above the average, e.g. resending after a reconnect. Default 300.</summary>
    public int ChunkBurst { get; set; } = 300;

    /// <summary>Live encounters one user may run at once. Default 3.</summary>
    public int MaxEncountersPerUser { get; set; } = 3;

    /// <summary>Live encounters one clinic may run at once. Default 500.</summary>
    public int MaxEncountersPerClinic { get; set; } = 500;

    /// <summary>Sends server exception messages to clients; for development only. Default false.</summary>
    public bool DetailedErrors { get; set; }

    /// <summary>
    /// How often this WebFrontend renews its follow of each encounter its clients joined, which also fetches events
    /// missed in a failover. Well under the silos' follow expiry (10 s). Default 2 s.
    /// </summary>
    public TimeSpan FollowRenewal { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Items SignalR buffers per client-to-server stream before it stops reading from the socket. Default 20 (2 s of audio).</summary>
    public int StreamBufferCapacity { get; set; } = 20;
}
