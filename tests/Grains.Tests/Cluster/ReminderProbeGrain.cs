using System.Collections.Concurrent;
using Orleans;
using Orleans.Placement;
using Orleans.Runtime;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>A test grain with a durable reminder that notes each tick and the silo it ran on.</summary>
[Alias("Mesh.Grains.Tests.Cluster.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    /// <summary>Registers the reminder, first due after one period.</summary>
    [Alias("StartAsync")]
    Task StartAsync(TimeSpan period);
}

/// <summary>One reminder tick.</summary>
public sealed record ReminderTick(string Key, SiloAddress Silo, DateTime At);

// Local placement: a tick that activates the grain activates it on the silo whose reminder service fired it.
[PreferLocalPlacement]
public sealed class ReminderProbeGrain(ILocalSiloDetails silo) : Grain, IReminderProbeGrain, IRemindable
{
    public const string ReminderName = "probe";

    /// <summary>Every tick of every probe in this process (the test's silos all run in it).</summary>
    public static ConcurrentQueue<ReminderTick> Ticks { get; } = new();

    public Task StartAsync(TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, period, period);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Ticks.Enqueue(new ReminderTick(this.GetPrimaryKeyString(), silo.SiloAddress, DateTime.UtcNow));
        return Task.CompletedTask;
    }

    /// <summary>The first tick of <paramref name="key"/> after <paramref name="after"/>, waiting up to <paramref name="timeout"/>.</summary>
    public static async Task<ReminderTick> NextTickAsync(string key, DateTime after, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (Ticks.FirstOrDefault(t => t.Key == key && t.At > after) is { } tick)
            {
                return tick;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no reminder tick for {key} within {timeout}");
            await Task.Delay(50);
        }
    }
}
