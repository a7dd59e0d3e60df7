using System.Threading.Channels;

namespace Mesh.Benchmarks.GrainCalls;

/// <summary>
/// The baseline: a bare actor with one Channel mailbox and one processing loop, replying through a
/// TaskCompletionSource. Any turn-based runtime pays at least this per call.
/// </summary>
internal sealed class ChannelActor
{
    private readonly Channel<(int Amount, TaskCompletionSource<long> Reply)> _mailbox =
        Channel.CreateUnbounded<(int, TaskCompletionSource<long>)>(new UnboundedChannelOptions { SingleReader = true });

    private long _total;

    public ChannelActor() => _ = Task.Run(ProcessAsync);

    public Task<long> AddAsync(int amount)
    {
        var reply = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _mailbox.Writer.TryWrite((amount, reply));
        return reply.Task;
    }

    public void Stop() => _mailbox.Writer.TryComplete();

    private async Task ProcessAsync()
    {
        await foreach (var (amount, reply) in _mailbox.Reader.ReadAllAsync())
        {
            reply.SetResult(_total += amount);
        }
    }
}
