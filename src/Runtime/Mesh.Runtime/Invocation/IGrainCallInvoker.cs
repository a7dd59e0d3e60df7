namespace Mesh.Runtime.Invocation;

/// <summary>Sends a request to a grain wherever it lives and returns its result. Implemented by the silo and by the cluster client.</summary>
public interface IGrainCallInvoker
{
    /// <summary>Sends <paramref name="request"/> to the grain <paramref name="target"/>.</summary>
    Task<TResult> InvokeAsync<TResult>(GrainId target, GrainRequest<TResult> request);
}
