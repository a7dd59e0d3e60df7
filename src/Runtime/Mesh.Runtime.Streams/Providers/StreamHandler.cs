namespace Mesh.Runtime.Streams.Providers;

/// <summary>
/// A handler subscribed from this process, as its queue grain reaches it: one event at a time, and not at all once
/// closed, so that when <c>UnsubscribeAsync</c> completes the handler neither runs nor is called again.
/// </summary>
internal sealed class StreamHandler<T>(Func<T, StreamSequenceToken, Task> onNext) : IStreamSubscriber<T>
{
    // Which handler the current flow runs in, so a handler that unsubscribes itself does not wait for itself.
    private static readonly AsyncLocal<object?> Running = new();

    private readonly SemaphoreSlim _turn = new(1, 1);
    private volatile bool _closed;

    public async Task OnNextAsync(T item, StreamSequenceToken token)
    {
        await _turn.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_closed)
            {
                // The subscription is ending: acknowledge without calling, so the queue neither retries nor parks.
                return;
            }

            Running.Value = this;
            await onNext(item, token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is SiloUnavailableException or ObserverNotFoundException)
        {
            // Those two say "the subscriber cannot be reached" when the runtime raises them; coming from the handler's
            // own calls they are an ordinary failure, so they must not reach the queue as themselves.
            throw new InvalidOperationException($"The stream handler failed: {error.GetType().Name}: {error.Message}", error);
        }
        finally
        {
            Running.Value = null;
            _turn.Release();
        }
    }

    /// <summary>No call starts after this; completes when a call already running has ended (unless called from it).</summary>
    public async Task CloseAsync()
    {
        _closed = true;
        if (ReferenceEquals(Running.Value, this))
        {
            return;
        }

        await _turn.WaitAsync().ConfigureAwait(false);
        _turn.Release();
    }
}
