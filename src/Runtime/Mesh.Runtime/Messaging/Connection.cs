using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Mesh.Runtime.Messaging;

/// <summary>
/// One TCP connection carrying many calls at once. Outgoing messages wait in a bounded queue (senders wait when it is
/// full: back-pressure instead of unbounded memory); one writer loop drains everything queued into the pipe and flushes
/// once, so frames are batched under load. One reader loop parses frames and hands each to the owner.
/// </summary>
internal sealed partial class Connection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly PipeReader _input;
    private readonly PipeWriter _output;
    private readonly Channel<Message> _sendQueue;
    private readonly TransportOptions _options;
    private readonly Action<Connection, Message> _onMessage;
    private readonly CancellationTokenSource _closing = new();
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _goAwayAcknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _closeStarted;
    private int _draining;
    private int _inFlight;
    private Task? _loops;

    public Connection(Socket socket, TransportOptions options, Action<Connection, Message> onMessage)
    {
        _socket = socket;
        _socket.NoDelay = true;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _input = PipeReader.Create(_stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024));
        _output = PipeWriter.Create(_stream, new StreamPipeWriterOptions(minimumBufferSize: 64 * 1024));
        _options = options;
        _onMessage = onMessage;
        _sendQueue = Channel.CreateBounded<Message>(new BoundedChannelOptions(options.SendQueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Who is on the other side, once known (set from its hello frame or by the dialer).</summary>
    public string? Peer { get; set; }

    /// <summary>Completes with the error that closed the connection (null for an orderly close).</summary>
    public Task<Exception?> Closed => _closed.Task;

    public bool IsClosed => Volatile.Read(ref _closeStarted) != 0;

    public void Start() => _loops = Task.WhenAll(Task.Run(ReadLoopAsync), Task.Run(WriteLoopAsync));

    /// <summary>Queues a message; waits while the send queue is full.</summary>
    /// <exception cref="SiloUnavailableException">The connection is closed; the message was not sent.</exception>
    public ValueTask SendAsync(Message message)
    {
        if (message.Kind is MessageKind.Request or MessageKind.OneWay && IsDraining)
        {
            return ValueTask.FromException(new SiloUnavailableException($"The connection to {Peer} is closing; the request was not sent.", wasDelivered: false));
        }

        if (_sendQueue.Writer.TryWrite(message))
        {
            return ValueTask.CompletedTask;
        }

        return SendSlowAsync(message);
    }

    private async ValueTask SendSlowAsync(Message message)
    {
        try
        {
            await _sendQueue.Writer.WriteAsync(message, _closing.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is ChannelClosedException or OperationCanceledException)
        {
            throw new SiloUnavailableException($"The connection to {Peer} is closed; the message was not sent.", wasDelivered: false);
        }
    }

    private async Task WriteLoopAsync()
    {
        var reader = _sendQueue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_closing.Token).ConfigureAwait(false))
            {
                // Everything queued goes out in one flush: a batch per wake-up under load, one frame when idle.
                while (reader.TryRead(out var message))
                {
                    FrameCodec.Write(message, _output, _options.MaxFrameSize);
                }

                var flush = await _output.FlushAsync(_closing.Token).ConfigureAwait(false);
                if (flush.IsCompleted || flush.IsCanceled)
                {
                    break;
                }
            }

            Close(null);
        }
        catch (Exception error)
        {
            Close(error);
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                var result = await _input.ReadAsync(_closing.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (FrameCodec.TryRead(ref buffer, _options.MaxFrameSize, out var message))
                {
                    if (message!.Kind == MessageKind.GoAway)
                    {
                        OnGoAway();
                        continue;
                    }

                    _onMessage(this, message);
                }

                _input.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }

            Close(null);
        }
        catch (Exception error)
        {
            Close(error);
        }
    }

    /// <summary>Closes the socket at once; queued messages are dropped and <see cref="Closed"/> completes.</summary>
    public void Close(Exception? error)
    {
        if (Interlocked.Exchange(ref _closeStarted, 1) != 0)
        {
            return;
        }

        _sendQueue.Writer.TryComplete();
        _closing.Cancel();
        // Shutdown before dispose so the peer sees the end of the stream at once, even with reads pending.
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already reset by the peer: nothing left to shut down.
        }
        catch (ObjectDisposedException)
        {
            // Already disposed by a loop: the socket is gone either way.
        }

        _socket.Dispose();
        _closed.TrySetResult(error);
    }

    /// <summary>Sends what is queued, then closes; waits at most <paramref name="timeout"/> for the queue to drain.</summary>
    public async Task CloseGracefullyAsync(TimeSpan timeout)
    {
        _sendQueue.Writer.TryComplete();
        if (_loops is not null)
        {
            await Task.WhenAny(_loops, Task.Delay(timeout)).ConfigureAwait(false);
        }

        Close(null);
    }

    public async ValueTask DisposeAsync()
    {
        Close(null);
        if (_loops is not null)
        {
            await _loops.ConfigureAwait(false);
        }

        // The output pipe is not completed: completing flushes what is buffered into the closed socket, and those
        // frames are dropped by design once the connection closes.
        await _input.CompleteAsync().ConfigureAwait(false);
        _closing.Dispose();
    }
}
