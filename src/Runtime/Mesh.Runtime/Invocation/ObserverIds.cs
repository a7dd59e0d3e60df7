namespace Mesh.Runtime.Invocation;

/// <summary>
/// Ids of observer objects that live in a cluster client: <c>client-observer/{clientId}/{observerId}</c>. The client
/// part lets a silo find the gateway the client is connected to.
/// </summary>
internal static class ObserverIds
{
    public const string GrainType = "client-observer";

    public static GrainId Create(string clientId) => new(GrainType, $"{clientId}/{Guid.NewGuid():N}");

    public static bool IsObserver(GrainId id) => id.Type == GrainType;

    public static string ClientOf(GrainId id)
    {
        var slash = id.Key.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? id.Key : id.Key[..slash];
    }
}
