using Orleans.Runtime;
using Orleans.Runtime.Messaging;
using Orleans.Storage;

namespace Mesh.WebFrontend.Cluster;

/// <summary>
/// The failures of a grain call that a silo going away (or not yet being there) causes: the call may not have run, or
/// ran on a silo that died before answering. Safe calls are retried; others are answered 503 with Retry-After.
/// A refused stale-ETag write belongs here too: while silos join or leave, a grain can briefly have a second
/// activation that read its state before the other one wrote. Storage refuses that write, so nothing of it was
/// stored, and Orleans drops the stale activation, so the same call sent again runs on the current state.
/// </summary>
public static class ClusterFailures
{
    /// <summary>Whether <paramref name="error"/> says the cluster could not take or answer the call just now.</summary>
    public static bool IsTransient(Exception error) => error is SiloUnavailableException
        or OrleansMessageRejectionException
        or ConnectionFailedException
        or GatewayTooBusyException
        or TimeoutException
        or InconsistentStateException
        || (error is AggregateException { InnerException: { } inner } && IsTransient(inner));
}
