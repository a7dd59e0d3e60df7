using System.Collections.Concurrent;
using System.Globalization;

namespace Mesh.Runtime.State;

/// <summary>Grain state in process memory, with the same ETag rules as the database providers. For tests and demos.</summary>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(GrainId, string), (long Version, byte[] Payload)> _states = new();
    private readonly Lock _lock = new();

    // Versions come from one counter so an ETag is never reused, not even after a clear.
    private long _lastVersion;

    /// <inheritdoc />
    public Task<GrainStateRecord?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken) =>
        Task.FromResult(_states.TryGetValue((grainId, stateName), out var stored)
            ? new GrainStateRecord(stored.Payload, Format(stored.Version))
            : null);

    /// <inheritdoc />
    public Task<string> WriteAsync(GrainId grainId, string stateName, ReadOnlyMemory<byte> payload, string? etag, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var key = (grainId, stateName);
            var current = _states.TryGetValue(key, out var stored) ? Format(stored.Version) : null;
            if (current != etag)
            {
                throw Conflict(grainId, stateName, etag, current);
            }

            var version = ++_lastVersion;
            _states[key] = (version, payload.ToArray());
            return Task.FromResult(Format(version));
        }
    }

    /// <inheritdoc />
    public Task ClearAsync(GrainId grainId, string stateName, string? etag, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var key = (grainId, stateName);
            var current = _states.TryGetValue(key, out var stored) ? Format(stored.Version) : null;
            if (current != etag)
            {
                throw Conflict(grainId, stateName, etag, current);
            }

            _states.TryRemove(key, out _);
            return Task.CompletedTask;
        }
    }

    private static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static InconsistentStateException Conflict(GrainId grainId, string stateName, string? expected, string? actual) =>
        new($"State '{stateName}' of {grainId} is at ETag {actual ?? "none"}, not {expected ?? "none"}: another writer changed it.");
}
