using Mesh.Runtime.Invocation;

namespace Mesh.Runtime.Dispatch;

/// <summary>Carries calls made by code in this silo to grains anywhere in the cluster.</summary>
internal sealed class ClusterGrainCallInvoker(CallRouter router) : IGrainCallInvoker
{
    public Task<TResult> InvokeAsync<TResult>(GrainId target, GrainRequest<TResult> request) =>
        router.InvokeAsync(target, request, RuntimeContext.OutgoingChain, placedHere: false, fromRemote: false);
}
