using System.Collections.Concurrent;
using Mesh.Runtime.Activation;

namespace Mesh.Runtime.Catalog;

/// <summary>The silo's activations by grain id: at most one live activation per id.</summary>
internal sealed class GrainActivationCatalog(GrainTypeMap grainTypes, ActivationRuntime runtime)
{
    private readonly ConcurrentDictionary<GrainId, GrainActivation> _activations = new();
    private volatile bool _stopped;

    public int Count => _activations.Count;

    public ICollection<GrainActivation> Activations => _activations.Values;

    /// <summary>Hands a call to the grain's activation, creating the activation on first use.</summary>
    public void Dispatch(GrainId grainId, IncomingCall call)
    {
        while (true)
        {
            if (!_activations.TryGetValue(grainId, out var activation))
            {
                if (_stopped)
                {
                    // Never ran, so safe to retry: a caller in another silo or a client retries where the grain moves.
                    call.Fail(new SiloUnavailableException($"The silo is stopping; {grainId} is not accepting calls.", wasDelivered: false));
                    return;
                }

                GrainClassInfo grainClass;
                try
                {
                    grainClass = grainTypes.Get(grainId);
                }
                catch (InvalidOperationException error)
                {
                    call.Fail(error);
                    return;
                }

                var created = new GrainActivation(grainId, grainClass, runtime);
                if (!_activations.TryAdd(grainId, created))
                {
                    continue;
                }

                created.Activate();
                activation = created;
            }

            if (activation.TryEnqueue(call))
            {
                return;
            }

            // The activation finished deactivating after we looked it up: drop it and go again.
            _activations.TryRemove(KeyValuePair.Create(grainId, activation));
        }
    }

    public bool Contains(GrainId grainId) => _activations.ContainsKey(grainId);

    public void Remove(GrainActivation activation) => _activations.TryRemove(KeyValuePair.Create(activation.GrainId, activation));

    /// <summary>Deactivates every activation and refuses new ones; completes when all have finished.</summary>
    public async Task DeactivateAllAsync(CancellationToken cancellationToken)
    {
        _stopped = true;
        var all = _activations.Values.ToArray();
        foreach (var activation in all)
        {
            activation.StartDeactivation(DeactivationReason.ShuttingDown);
        }

        await Task.WhenAll(all.Select(a => a.Deactivated)).WaitAsync(cancellationToken);
    }
}
