namespace Mesh.Runtime.Dispatch;

/// <summary>Whether this silo still takes calls for its grains: false once it stops gracefully or learns it is dead.</summary>
internal sealed class ClusterState
{
    private volatile bool _refusingCalls;

    public bool RefusingCalls => _refusingCalls;

    public void RefuseCalls() => _refusingCalls = true;
}
