using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Dispatch;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Membership;
using Mesh.Runtime.Placement;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Reminders;

/// <summary>
/// Fires the reminders this silo owns. Ownership is not stored: a reminder belongs to the active silo that a hash of
/// its grain id picks, so every silo reading the same membership agrees, and when a silo dies the survivors take its
/// reminders on their next read of the table. The tick goes to the grain through the normal call path.
/// </summary>
internal sealed class ReminderService(
    IReminderTable table,
    MembershipView view,
    CallRouter router,
    ClusterState state,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderService> logger) : IHostedService
{
    private readonly Dictionary<(GrainId, string), Scheduled> _owned = [];
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;
    private long _lastRefresh;
    private volatile bool _refreshRequested = true;

    /// <summary>Reads the table on the next tick instead of waiting for the refresh period.</summary>
    public void RequestRefresh() => _refreshRequested = true;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = RunAsync();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var resolution = TimeSpan.FromTicks(Math.Clamp(options.Value.RefreshPeriod.Ticks / 5, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(1).Ticks));
        using var timer = new PeriodicTimer(resolution, time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false) && !state.RefusingCalls)
            {
                try
                {
                    await TickAsync().ConfigureAwait(false);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    ReminderLog.RefreshFailed(logger, error);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the loop ends here.
        }
    }

    private async Task TickAsync()
    {
        var now = time.GetUtcNow();
        if (_refreshRequested || time.GetElapsedTime(_lastRefresh) >= options.Value.RefreshPeriod)
        {
            _refreshRequested = false;
            _lastRefresh = time.GetTimestamp();
            Refresh(await table.ReadAllAsync(_stopping.Token).ConfigureAwait(false), now);
        }

        foreach (var scheduled in _owned.Values)
        {
            if (scheduled.NextDue <= now && scheduled.Running.IsCompleted)
            {
                scheduled.NextDue = scheduled.Entry.NextDueAfter(now);
                scheduled.Running = FireAsync(scheduled.Entry);
            }
        }
    }

    private void Refresh(IReadOnlyList<ReminderEntry> entries, DateTimeOffset now)
    {
        var silos = view.ActiveSilos;
        var mine = entries.Where(e => silos.Count > 0 && PlacementDirector.ByHash(e.GrainId, silos) == view.Self)
            .ToDictionary(e => (e.GrainId, e.Name));
        foreach (var key in _owned.Keys.Where(k => !mine.ContainsKey(k)).ToList())
        {
            _owned.Remove(key);
        }

        foreach (var (key, entry) in mine)
        {
            if (!_owned.TryGetValue(key, out var scheduled) || scheduled.Entry != entry)
            {
                // A tick that came due while no live silo owned the reminder is not replayed; see docs/runtime.md.
                _owned[key] = new Scheduled(entry, entry.FirstDue > now ? entry.FirstDue : entry.NextDueAfter(now));
            }
        }
    }

    private async Task FireAsync(ReminderEntry entry)
    {
        try
        {
            await router.InvokeAsync(entry.GrainId, new ReminderTickRequest { Arg0 = entry.Name }, chain: null, placedHere: false, fromRemote: false).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            ReminderLog.TickFailed(logger, error, entry.Name, entry.GrainId);
        }
    }

    private sealed class Scheduled(ReminderEntry entry, DateTimeOffset nextDue)
    {
        public ReminderEntry Entry { get; } = entry;

        public DateTimeOffset NextDue { get; set; } = nextDue;

        public Task Running { get; set; } = Task.CompletedTask;
    }
}
