using Mesh.Grains.Conversations;
using Mesh.Grains.Encounters;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Live;

/// <summary>
/// Forwards the events of the encounters this WebFrontend's clients joined to their SignalR groups. Each encounter
/// followed here has one Orleans grain observer: its conversation grain is asked to send to it when the first client
/// joins, and the follow is renewed every <see cref="LiveOptions.FollowRenewal"/> until the last client leaves. A new
/// activation (after a failover) has no followers: the first renewal it sees returns the events after the last one
/// forwarded here, and a pushed batch that skips numbers is completed from the grain, so the clients see no gap. Also remembers each encounter's status from its
/// events, so the audio path can refuse audio while paused without asking the grain.
/// </summary>
public sealed partial class EncounterEventRelay : IHostedService
{
    private readonly Dictionary<string, RelayedEncounter> _encounters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _joinedByConnection = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();
    private readonly IGrainFactory _grains;
    private readonly IHubContext<EncounterHub> _hub;
    private readonly IOptions<LiveOptions> _options;
    private readonly ILogger<EncounterEventRelay> _logger;
    // Never disposed: it has no timer, and the host may stop this service after disposing the container.
    private readonly CancellationTokenSource _stopping = new();
    private Task? _renewals;

    public EncounterEventRelay(IGrainFactory grains, IHubContext<EncounterHub> hub, IOptions<LiveOptions> options, ILogger<EncounterEventRelay> logger)
    {
        _grains = grains;
        _hub = hub;
        _options = options;
        _logger = logger;
    }

    /// <summary>The SignalR group of an encounter (its grain key: tenant and conversation).</summary>
    public static string GroupOf(string encounterKey) => "encounter:" + encounterKey;

    /// <summary>Adds the connection to the encounter's group and makes sure its events are forwarded here.</summary>
    public async Task JoinAsync(string connectionId, string encounterKey, EncounterStatus status, long lastEventSequence)
    {
        await _hub.Groups.AddToGroupAsync(connectionId, GroupOf(encounterKey));
        bool first;
        RelayedEncounter encounter;
        lock (_sync)
        {
            first = !_encounters.TryGetValue(encounterKey, out encounter!);
            if (first)
            {
                // Events up to the one the joining client read in the snapshot need not be forwarded again.
                encounter = new RelayedEncounter(this, encounterKey, status, lastEventSequence);
                encounter.Reference = _grains.CreateObjectReference<IEncounterObserver>(encounter);
                _encounters[encounterKey] = encounter;
            }

            encounter.Connections.Add(connectionId);
            if (!_joinedByConnection.TryGetValue(connectionId, out var joined))
            {
                _joinedByConnection[connectionId] = joined = new HashSet<string>(StringComparer.Ordinal);
            }

            joined.Add(encounterKey);
        }

        if (first)
        {
            await FollowAsync(encounter);
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

    /// <summary>Takes a closed connection out of its encounters; an encounter nobody here follows any more is let go.</summary>
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
            await UnfollowAsync(encounter);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _renewals = RenewFollowsAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_renewals is { } renewals)
        {
            await renewals.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        List<RelayedEncounter> all;
        lock (_sync)
        {
            all = [.. _encounters.Values];
            _encounters.Clear();
            _joinedByConnection.Clear();
        }

        foreach (var encounter in all)
        {
            await UnfollowAsync(encounter);
        }
    }

    /// <summary>Renews every follow; a renewal also returns (and so forwards) anything missed since the last event forwarded.</summary>
    private async Task RenewFollowsAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(_options.Value.FollowRenewal);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                List<RelayedEncounter> all;
                lock (_sync)
                {
                    all = [.. _encounters.Values];
                }

                await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct },
                    async (encounter, _) => await FollowAsync(encounter));
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task FollowAsync(RelayedEncounter encounter)
    {
        try
        {
            var missed = await Conversation(encounter).FollowEncounterAsync(encounter.Reference!, encounter.LastForwarded);
            await ForwardAsync(encounter, missed);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The next renewal tries again; until then the clients can re-join to read what they missed.
            LogFollowFailed(_logger, encounter.Key, error);
        }
    }

    private async Task UnfollowAsync(RelayedEncounter encounter)
    {
        try
        {
            await Conversation(encounter).UnfollowEncounterAsync(encounter.Reference!);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A follow left behind expires by itself in the grain.
            LogUnfollowFailed(_logger, encounter.Key, error);
        }
        finally
        {
            _grains.DeleteObjectReference<IEncounterObserver>(encounter.Reference!);
        }
    }

    /// <summary>
    /// Forwards events newer than the last one forwarded, one batch at a time per encounter, so they stay in order. A batch
    /// that starts past the next number (one before it was lost) is preceded by the kept events in between.
    /// </summary>
    private async Task ForwardAsync(RelayedEncounter encounter, IReadOnlyList<EncounterEvent> events)
    {
        await encounter.Forwarding.WaitAsync();
        try
        {
            var ordered = events.OrderBy(e => e.Sequence).ToList();
            if (ordered.Count > 0 && ordered[0].Sequence > encounter.LastForwarded + 1)
            {
                var missed = await Conversation(encounter).GetEncounterEventsAsync(encounter.LastForwarded);
                ordered = [.. missed.Where(e => e.Sequence < ordered[0].Sequence).Concat(ordered)];
            }

            foreach (var item in ordered)
            {
                if (item.Sequence <= encounter.LastForwarded)
                {
                    continue;
                }

                if (item is EncounterStatusEvent status)
                {
                    encounter.Status = status.Status;
                }

                await _hub.Clients.Group(GroupOf(encounter.Key)).SendAsync(item.Name, item);
                encounter.LastForwarded = item.Sequence;
            }
        }
        finally
        {
            encounter.Forwarding.Release();
        }
    }

    private IConversationGrain Conversation(RelayedEncounter encounter) => _grains.GetGrain<IConversationGrain>(encounter.Key);

    [LoggerMessage(LogLevel.Warning, "Could not follow the events of encounter {Key}")]
    private static partial void LogFollowFailed(ILogger logger, string key, Exception error);

    [LoggerMessage(LogLevel.Warning, "Could not stop following the events of encounter {Key}")]
    private static partial void LogUnfollowFailed(ILogger logger, string key, Exception error);

    /// <summary>One followed encounter; the conversation grain calls it (one-way) with each batch of events.</summary>
    private sealed class RelayedEncounter(EncounterEventRelay relay, string key, EncounterStatus status, long lastForwarded) : IEncounterObserver
    {
        public string Key { get; } = key;

        public HashSet<string> Connections { get; } = new(StringComparer.Ordinal);

        public EncounterStatus Status { get; set; } = status;

        public long LastForwarded { get; set; } = lastForwarded;

        public SemaphoreSlim Forwarding { get; } = new(1, 1);

        public IEncounterObserver? Reference { get; set; }

        public Task OnEncounterEventsAsync(EncounterEvent[] events) => relay.ForwardAsync(this, events);
    }
}
