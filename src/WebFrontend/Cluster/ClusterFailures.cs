using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Mesh.WebFrontend.Cluster;

/// <summary>
/// The failures of a grain call that a silo going away (or not yet being there) causes: the call may not have run, or
/// ran on a silo that died before answering. Safe calls are retried; others are answered 503 with Retry-After.
/// </summary>
public static class ClusterFailures
{
    /// <summary>Whether <paramref name="error"/> says the cluster could not take or answer the call just now.</summary>
    public static bool IsTransient(Exception error) => error is SiloUnavailableException
        or OrleansMessageRejectionException
        or ConnectionFailedException
        or GatewayTooBusyException
        or TimeoutException
        || (error is AggregateException { InnerException: { } inner } && IsTransient(inner));
}
