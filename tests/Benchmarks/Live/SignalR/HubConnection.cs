using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace Mesh.Benchmarks.Live.SignalR;

/// <summary>
/// A SignalR client connection over one WebSocket with the JSON hub protocol: negotiate, handshake, invocations and
/// their completions, client-to-server streams, server invocations to handlers, pings. Everything runs on async I/O,
/// so hundreds of connections share the thread pool. Handlers run on the receive loop and must not block; the
/// arguments they get are valid only during the call.
/// </summary>
internal sealed class HubConnection : IAsyncDisposable
{
    // The server drops a client it has not heard from in 30 s (ClientTimeoutInterval); a quiet connection pings well before.
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket;
    private readonly HubFrames _frames;
    private readonly IReadOnlyDictionary<string, Action<JsonElement>> _handlers;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _invocations = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _closing = new();
    private Task _receiving = Task.CompletedTask;
    private Task _keepingAlive = Task.CompletedTask;
    private long _lastSend = Environment.TickCount64;
    private int _nextInvocationId;
    private string? _closeError;

    private HubConnection(ClientWebSocket socket, JsonSerializerOptions payloadOptions, IReadOnlyDictionary<string, Action<JsonElement>> handlers)
    {
        _socket = socket;
        _frames = new HubFrames(payloadOptions);
        _handlers = handlers;
    }

    /// <summary>Negotiates with <paramref name="hub"/>, opens the WebSocket and completes the handshake.</summary>
    /// <param name="handlers">Server-to-client methods by name; each gets the invocation's arguments array.</param>
    public static async Task<HubConnection> ConnectAsync(
        HttpClient http, Uri hub, string accessToken, JsonSerializerOptions payloadOptions,
        IReadOnlyDictionary<string, Action<JsonElement>> handlers, CancellationToken ct)
    {
        var connectionToken = await NegotiateAsync(http, hub, accessToken, ct);
        var socket = new ClientWebSocket();
        var connection = new HubConnection(socket, payloadOptions, handlers);
        try
        {
            var url = new UriBuilder(hub)
            {
                Scheme = hub.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
                Query = $"id={Uri.EscapeDataString(connectionToken)}&access_token={Uri.EscapeDataString(accessToken)}",
            };
            await socket.ConnectAsync(url.Uri, ct);
            connection._receiving = connection.ReceiveLoopAsync();
            await socket.SendAsync(HubFrames.Handshake, WebSocketMessageType.Text, true, ct);
            await connection._handshake.Task.WaitAsync(ct);
            connection._keepingAlive = connection.KeepAliveLoopAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Completes when the connection is closed, by either side.</summary>
    public Task Closed => _receiving;

    /// <summary>Calls a hub method and returns its result (default when it returns nothing).</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object?[] arguments)
    {
        var (id, completion) = NewInvocation();
        await SendAsync((id, target, arguments), static (frames, s) => frames.Invocation(s.id, s.target, s.arguments));
        return await completion;
    }

    /// <summary>
    /// Calls a hub method that takes a client-to-server stream named <paramref name="streamId"/>; returns once the call
    /// is sent, with the task of its completion. Send items with <see cref="SendStreamItemAsync"/>, then <see cref="CompleteStreamAsync"/>.
    /// </summary>
    public async Task<Task<JsonElement>> StartStreamingInvocationAsync(string target, IReadOnlyList<object?> arguments, string streamId)
    {
        var (id, completion) = NewInvocation();
        await SendAsync((id, target, arguments, streamId), static (frames, s) => frames.Invocation(s.id, s.target, s.arguments, [s.streamId]));
        return completion;
    }

    /// <summary>Sends one item of a client-to-server stream; <paramref name="writeItem"/> writes the item's properties.</summary>
    public Task SendStreamItemAsync<TState>(string streamId, TState state, Action<Utf8JsonWriter, TState> writeItem) =>
        SendAsync((streamId, state, writeItem), static (frames, s) => frames.StreamItem(s.streamId, s.state, s.writeItem));

    /// <summary>Ends a client-to-server stream; the hub method's enumeration finishes.</summary>
    public Task CompleteStreamAsync(string streamId) => SendAsync(streamId, static (frames, id) => frames.StreamCompletion(id));

    public async ValueTask DisposeAsync()
    {
        // A send stuck on a server that stopped reading holds the turn; then the abort below ends the connection.
        if (await _sending.WaitAsync(CloseTimeout))
        {
            try
            {
                if (_socket.State == WebSocketState.Open)
                {
                    using var timeout = new CancellationTokenSource(CloseTimeout);
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                    await _receiving.WaitAsync(timeout.Token);
                }
            }
            catch (Exception error) when (error is WebSocketException or OperationCanceledException)
            {
                // The server is gone or slow to answer the close; the abort below ends the connection either way.
            }
            finally
            {
                _sending.Release();
            }
        }

        await _closing.CancelAsync();
        _socket.Abort();
        await _receiving;
        await _keepingAlive;
        _socket.Dispose();
        _closing.Dispose();
    }

    private static async Task<string> NegotiateAsync(HttpClient http, Uri hub, string accessToken, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(hub.AbsoluteUri.TrimEnd('/') + "/negotiate?negotiateVersion=1"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        if (answer.TryGetProperty("error", out var error))
        {
            throw new HubConnectionException($"Negotiation failed: {error.GetString()}");
        }

        // Version 1 names the connection by its token; version 0 servers only send the id.
        return (answer.TryGetProperty("connectionToken", out var token) ? token : answer.GetProperty("connectionId")).GetString()!;
    }

    private (string Id, Task<JsonElement> Completion) NewInvocation()
    {
        var id = Interlocked.Increment(ref _nextInvocationId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _invocations[id] = completion;
        return (id, completion.Task);
    }

    // One frame at a time: a WebSocket takes one send at a time, and the frames share one buffer.
    private async Task SendAsync<TState>(TState state, Func<HubFrames, TState, ReadOnlyMemory<byte>> build)
    {
        await _sending.WaitAsync(_closing.Token);
        try
        {
            await _socket.SendAsync(build(_frames, state), WebSocketMessageType.Text, true, _closing.Token);
            Volatile.Write(ref _lastSend, Environment.TickCount64);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var records = new RecordBuffer();
        Exception? failure = null;
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(records.FreeSpace(), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                records.Advance(received.Count);
                while (records.TryTake(out var record))
                {
                    Dispatch(record);
                }
            }
        }
        catch (Exception error)
        {
            // A closed socket, or a message this client cannot read: either way the connection is done, and whoever
            // waits on it hears so below rather than waiting forever.
            failure = error;
        }

        var closed = new HubConnectionException(_closeError is null ? "The connection closed." : $"The server closed the connection: {_closeError}", failure);
        _handshake.TrySetException(closed);
        foreach (var id in _invocations.Keys)
        {
            if (_invocations.TryRemove(id, out var pending))
            {
                pending.TrySetException(closed);
            }
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> record)
    {
        using var message = JsonDocument.Parse(record);
        var root = message.RootElement;
        if (!_handshake.Task.IsCompleted)
        {
            // The handshake answer has no type: {} or {"error": "..."}.
            if (root.TryGetProperty("error", out var refused))
            {
                _handshake.TrySetException(new HubConnectionException($"Handshake refused: {refused.GetString()}"));
            }
            else
            {
                _handshake.TrySetResult();
            }

            return;
        }

        switch (root.GetProperty("type").GetInt32())
        {
            case 1 when _handlers.TryGetValue(root.GetProperty("target").GetString()!, out var handler):
                handler(root.GetProperty("arguments"));
                break;
            case 3 when _invocations.TryRemove(root.GetProperty("invocationId").GetString()!, out var completion):
                if (root.TryGetProperty("error", out var error))
                {
                    completion.TrySetException(new HubConnectionException(error.GetString() ?? "The invocation failed."));
                }
                else
                {
                    completion.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                }

                break;
            case 7:
                // Close: the socket closes right after; keep the reason for whoever is still waiting.
                _closeError = root.TryGetProperty("error", out var reason) ? reason.GetString() : null;
                break;
            default:
                // Pings (6) and anything this client does not use.
                break;
        }
    }

    private async Task KeepAliveLoopAsync()
    {
        using var timer = new PeriodicTimer(KeepAlive);
        try
        {
            while (await timer.WaitForNextTickAsync(_closing.Token))
            {
                if (Environment.TickCount64 - Volatile.Read(ref _lastSend) >= KeepAlive.TotalMilliseconds)
                {
                    await SendAsync(0, static (_, _) => HubFrames.Ping);
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // Closing.
        }
    }
}
