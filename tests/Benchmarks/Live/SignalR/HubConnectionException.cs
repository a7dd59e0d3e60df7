namespace Mesh.Benchmarks.Live.SignalR;

/// <summary>A SignalR connection failed or was refused, or an invocation answered with an error.</summary>
internal sealed class HubConnectionException(string message, Exception? inner = null) : Exception(message, inner);
