using System.Collections.Concurrent;
using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Membership;

/// <summary>
/// This silo's part in membership: joins, writes heartbeats, reads the table each period, declares dead the silos
/// whose heartbeat went stale, probes peers and votes dead those that stop answering, and notices when it is
/// itself declared dead.
/// </summary>
internal sealed class MembershipAgent(
    IMembershipTable table,
    MembershipView view,
    MembershipWriter writer,
    ISiloProber prober,
    TimeProvider time,
    IOptions<MembershipOptions> options,
    ILogger<MembershipAgent> logger) : IAsyncDisposable
{
    private readonly MembershipOptions _options = options.Value;
    private readonly ConcurrentDictionary<SiloAddress, int> _missedProbes = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task _loops = Task.CompletedTask;
    private int _selfDeadRaised;

    /// <summary>Raised once when the table says this silo is dead.</summary>
    public event Action? DeclaredDeadBySelfView;

    public SiloAddress Self => view.Self;

    public async Task JoinAsync(int gatewayPort, string clusterId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await writer.ChangeAsync(Self, _ => new MembershipEntry(Self, SiloStatus.Joining, now, now, gatewayPort, []), ct).ConfigureAwait(false);
        await SetStatusAsync(SiloStatus.Active, ct).ConfigureAwait(false);
        ClusterLog.Joined(logger, Self, clusterId, nameof(SiloStatus.Active));
        _loops = Task.WhenAll(RunAsync(HeartbeatAsync, _options.HeartbeatPeriod), RunAsync(UpkeepAsync, _options.ProbePeriod));
    }

    public Task SetStatusAsync(SiloStatus status, CancellationToken ct) =>
        writer.ChangeAsync(Self, entry => entry is null || entry.Status == SiloStatus.Dead ? null : entry with { Status = status }, ct);

    /// <summary>Stops heartbeats and probes (an abrupt kill, or the last step of a graceful stop).</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loops.ConfigureAwait(false);
    }

    private async Task RunAsync(Func<CancellationToken, Task> work, TimeSpan period)
    {
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
            {
                try
                {
                    await work(_stopping.Token).ConfigureAwait(false);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    ClusterLog.UpkeepFailed(logger, error);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the loop ends here.
        }
    }

    private Task HeartbeatAsync(CancellationToken ct) => table.HeartbeatAsync(Self, time.GetUtcNow(), ct);

    private async Task UpkeepAsync(CancellationToken ct)
    {
        var snapshot = await table.ReadAsync(ct).ConfigureAwait(false);
        view.Update(snapshot);
        if (view.Find(Self) is { Status: SiloStatus.Dead } && Interlocked.Exchange(ref _selfDeadRaised, 1) == 0)
        {
            ClusterLog.SelfDead(logger, Self);
            DeclaredDeadBySelfView?.Invoke();
            return;
        }

        var now = time.GetUtcNow();
        foreach (var entry in snapshot.Entries.Where(e => e.Silo != Self && e.Status != SiloStatus.Dead))
        {
            if (now - entry.Heartbeat > _options.HeartbeatTimeout)
            {
                await DeclareDeadAsync(entry.Silo, $"no heartbeat since {entry.Heartbeat:O}", ct).ConfigureAwait(false);
            }
        }

        var peers = snapshot.Entries.Where(e => e.Silo != Self && e.Status is SiloStatus.Active or SiloStatus.ShuttingDown or SiloStatus.Joining).ToList();
        await Task.WhenAll(peers.Select(p => ProbeAndVoteAsync(p.Silo, ct))).ConfigureAwait(false);
    }

    private async Task ProbeAndVoteAsync(SiloAddress silo, CancellationToken ct)
    {
        if (await prober.ProbeAsync(silo, _options.ProbeTimeout).ConfigureAwait(false))
        {
            _missedProbes.TryRemove(silo, out _);
            return;
        }

        var missed = _missedProbes.AddOrUpdate(silo, 1, (_, n) => n + 1);
        if (missed >= _options.MissedProbesLimit)
        {
            await VoteAsync(silo, missed, ct).ConfigureAwait(false);
        }
    }

    private async Task VoteAsync(SiloAddress silo, int missed, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await writer.ChangeAsync(silo, entry =>
        {
            if (entry is null || entry.Status == SiloStatus.Dead)
            {
                return null;
            }

            var votes = entry.Suspicions.Where(s => now - s.Time < _options.VoteExpiry && s.Voter != Self).Append(new Suspicion(Self, now)).ToList();
            // Fewer silos alive than votes required: every other live silo agreeing is enough.
            var voters = view.Snapshot.Entries.Count(e => e.Silo != silo && e.Status == SiloStatus.Active);
            var needed = Math.Max(1, Math.Min(_options.VotesToDeclareDead, voters));
            ClusterLog.Voted(logger, silo, missed, votes.Count, needed);
            if (votes.Count >= needed)
            {
                ClusterLog.DeclaredDead(logger, silo, $"{votes.Count} votes after unanswered probes");
                return entry with { Status = SiloStatus.Dead, Suspicions = votes };
            }

            return entry with { Suspicions = votes };
        }, ct).ConfigureAwait(false);
    }

    private Task DeclareDeadAsync(SiloAddress silo, string reason, CancellationToken ct) =>
        writer.ChangeAsync(silo, entry =>
        {
            if (entry is null || entry.Status == SiloStatus.Dead || time.GetUtcNow() - entry.Heartbeat <= _options.HeartbeatTimeout)
            {
                return null;
            }

            ClusterLog.DeclaredDead(logger, silo, reason);
            return entry with { Status = SiloStatus.Dead };
        }, ct);

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
