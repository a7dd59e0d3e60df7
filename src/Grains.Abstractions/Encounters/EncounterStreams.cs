namespace Mesh.Grains.Encounters;

/// <summary>Where a live encounter's audio and events travel: two durable streams keyed by the conversation's grain key.</summary>
public static class EncounterStreams
{
    /// <summary>The durable stream provider that carries both streams.</summary>
    public const string Provider = "encounters";

    /// <summary>Audio chunks from the clinic app, in the order the hub stored them; the conversation grain subscribes implicitly.</summary>
    public const string AudioNamespace = "encounter-audio";

    /// <summary>What the conversation grain tells the clinic apps; every WebFrontend with a client in the encounter subscribes.</summary>
    public const string EventsNamespace = "encounter-events";
}
