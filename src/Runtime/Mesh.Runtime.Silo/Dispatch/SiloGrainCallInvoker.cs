using Mesh.Runtime.Catalog;
using Mesh.Runtime.Invocation;

namespace Mesh.Runtime.Dispatch;

/// <summary>Carries calls made inside the silo to the silo's activations.</summary>
internal sealed class SiloGrainCallInvoker(GrainActivationCatalog catalog, SiloCallServices services) : IGrainCallInvoker
{
    public Task<TResult> InvokeAsync<TResult>(GrainId target, GrainRequest<TResult> request)
    {
        // Caller and callee share a process: copy mutable arguments so neither sees the other's later changes.
        request.CopyArguments(services.Copier);
        var call = new LocalCall<TResult>(request, RuntimeContext.OutgoingChain, target, services);
        catalog.Dispatch(target, call);
        return call.Task;
    }
}
