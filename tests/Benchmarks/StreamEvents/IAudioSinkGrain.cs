using Mesh.Runtime;
using Mesh.Runtime.Streams;

namespace Mesh.Benchmarks.StreamEvents;

/// <summary>Follows every audio stream and counts the chunks it receives.</summary>
public interface IAudioSinkGrain : IGrainWithStringKey
{
    /// <summary>Chunks received by this grain.</summary>
    Task<long> GetReceivedAsync();
}

[ImplicitStreamSubscription(AudioSinkGrain.Namespace)]
internal sealed class AudioSinkGrain : Grain, IAudioSinkGrain, IStreamSubscriber<byte[]>
{
    public const string Namespace = "bench-audio";

    private long _received;

    public Task<long> GetReceivedAsync() => Task.FromResult(_received);

    public Task OnNextAsync(byte[] item, StreamSequenceToken token)
    {
        _received++;
        return Task.CompletedTask;
    }
}
