using Mesh.Grains.Encounters;
using Mesh.Runtime.Streams;
using Microsoft.AspNetCore.SignalR;

namespace Mesh.WebFrontend.Live;

/// <summary>
/// Forwards the event streams of the encounters this WebFrontend's clients joined to their SignalR groups: one
/// durable stream subscription per encounter, taken when the first client joins and dropped when the last leaves.
/// The subscription is stored with the stream, so it outlives the silo that delivers it. Also remembers each
/// encounter's status from its events, so the audio path can refuse audio while paused without asking the grain.
/// </summary>
public sealed partial class EncounterEventRelay(
    [FromKeyedServices(EncounterStreams.Provider)] IStreamProvider streams,
    IHubContext<EncounterHub> hub,
    ILogger<EncounterEventRelay> logger) : IAsyncDisposable
{
    private readonly Dictionary<string, RelayedEncounter> _encounters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _joinedByConnection = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();

    /// <summary>The SignalR group of an encounter (its grain key: tenant and conversation).</summary>
    public static string GroupOf(string encounterKey) => "encounter:" + encounterKey;

    /// <summary>Adds the connection to the encounter's group and makes sure its events are forwarded here.</summary>
    public async Task JoinAsync(string connectionId, string encounterKey, EncounterStatus status)
    {
        await hub.Groups.AddToGroupAsync(connectionId, GroupOf(encounterKey));
        RelayedEncounter encounter;
        lock (_sync)
        {
            if (!_encounters.TryGetValue(encounterKey, out encounter!))
            {
                encounter = new RelayedEncounter(status);
                encounter.Subscribed = SubscribeAsync(encounterKey, encounter);
                _encounters[encounterKey] = encounter;
            }

            encounter.Connections.Add(connectionId);
            if (!_joinedByConnection.TryGetValue(connectionId, out var joined))
            {
                _joinedByConnection[connectionId] = joined = new HashSet<string>(StringComparer.Ordinal);
            }

            joined.Add(encounterKey);
        }

        try
        {
            await encounter.Subscribed!;
        }
        catch
        {
            lock (_sync)
            {
                _encounters.Remove(encounterKey);
            }

            throw;
        }
    }

    /// <summary>Whether the connection joined the encounter (the hub asks before taking audio or commands).</summary>
    public bool HasJoined(string connectionId, string encounterKey)
    {
        lock (_sync)
        {
            return _joinedByConnection.TryGetValue(connectionId, out var joined) && joined.Contains(encounterKey);
        }
    }

    /// <summary>The encounter's status as its events last said, or null when nobody here joined it.</summary>
    public EncounterStatus? StatusOf(string encounterKey)
    {
        lock (_sync)
        {
            return _encounters.TryGetValue(encounterKey, out var encounter) ? encounter.Status : null;
        }
    }

    /// <summary>Records a status this process just set, before its event comes round.</summary>
    public void SetStatus(string encounterKey, EncounterStatus status)
    {
        lock (_sync)
        {
            if (_encounters.TryGetValue(encounterKey, out var encounter))
            {
                encounter.Status = status;
            }
        }
    }

    /// <summary>Takes a closed connection out of its encounters; an encounter nobody here follows any more is unsubscribed.</summary>
    public async Task LeaveAllAsync(string connectionId)
    {
        var abandoned = new List<RelayedEncounter>();
        lock (_sync)
        {
            if (!_joinedByConnection.Remove(connectionId, out var joined))
            {
                return;
            }

            foreach (var key in joined)
            {
                if (_encounters.TryGetValue(key, out var encounter) && encounter.Connections.Remove(connectionId) && encounter.Connections.Count == 0)
                {
                    _encounters.Remove(key);
                    abandoned.Add(encounter);
                }
            }
        }

        foreach (var encounter in abandoned)
        {
            await UnsubscribeAsync(encounter);
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<RelayedEncounter> all;
        lock (_sync)
        {
            all = [.. _encounters.Values];
            _encounters.Clear();
            _joinedByConnection.Clear();
        }

        foreach (var encounter in all)
        {
            await UnsubscribeAsync(encounter);
        }
    }

    private Task<StreamSubscriptionHandle<EncounterEvent>> SubscribeAsync(string encounterKey, RelayedEncounter encounter)
    {
        var group = GroupOf(encounterKey);
        return streams.GetStream<EncounterEvent>(EncounterStreams.EventsNamespace, encounterKey)
            .SubscribeAsync((item, _) => ForwardAsync(group, encounter, item));
    }

    private async Task ForwardAsync(string group, RelayedEncounter encounter, EncounterEvent item)
    {
        if (item is EncounterStatusEvent status)
        {
            encounter.Status = status.Status;
        }

        await hub.Clients.Group(group).SendAsync(item.Name, item);
    }

    private async Task UnsubscribeAsync(RelayedEncounter encounter)
    {
        try
        {
            var subscription = await encounter.Subscribed!;
            await subscription.UnsubscribeAsync();
        }
        catch (Exception error) when (error is TimeoutException or InvalidOperationException or Mesh.Runtime.SiloUnavailableException)
        {
            // A subscription left behind only costs the stream a cursor; it is not delivered to anyone.
            LogUnsubscribeFailed(logger, error);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not unsubscribe from an encounter's events")]
    private static partial void LogUnsubscribeFailed(ILogger logger, Exception error);

    private sealed class RelayedEncounter(EncounterStatus status)
    {
        public HashSet<string> Connections { get; } = new(StringComparer.Ordinal);

        public Task<StreamSubscriptionHandle<EncounterEvent>>? Subscribed { get; set; }

        public EncounterStatus Status { get; set; } = status;
    }
}
