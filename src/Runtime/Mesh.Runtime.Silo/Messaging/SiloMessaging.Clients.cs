using Mesh.Runtime.Invocation;

namespace Mesh.Runtime.Messaging;

/// <summary>Cluster clients connected to this silo as their gateway, and calls to their observers.</summary>
internal sealed partial class SiloMessaging
{
    /// <summary>Whether a cluster client is connected to this silo now.</summary>
    public bool HasClient(string clientId) => _clients.TryGetValue(clientId, out var connection) && !connection.IsClosed;

    /// <summary>Sends a request to an observer in a cluster client connected to this silo.</summary>
    public Task<TResult> SendToClientAsync<TResult>(string clientId, GrainId target, GrainRequest<TResult> request, CallChain? chain)
    {
        if (_stopped || !_clients.TryGetValue(clientId, out var connection) || connection.IsClosed)
        {
            return Task.FromException<TResult>(new SiloUnavailableException($"Client {clientId} is not connected to this gateway.", wasDelivered: false));
        }

        return SendOnAsync(connection, target, request, chain, MessageFlags.None);
    }
}
