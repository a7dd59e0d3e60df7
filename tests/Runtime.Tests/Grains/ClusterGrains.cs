using System.Collections.Concurrent;
using Mesh.Runtime.Messaging;
using Mesh.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.Tests.Grains;

/// <summary>Counts its activations, in durable state and in a process-wide test hook, and tells where it runs.</summary>
public interface IActivationCountGrain : IGrainWithStringKey
{
    /// <summary>Returns how often this grain was activated so far (from its state).</summary>
    Task<int> TouchAsync();

    /// <summary>The address of the silo hosting this activation.</summary>
    Task<string> WhereAsync();

    /// <summary>Adds to a durable total and returns it; the write is acknowledged when this returns.</summary>
    Task<int> AddAsync(int amount);

    /// <summary>Echoes a payload, for transport tests.</summary>
    Task<string> EchoAsync(string payload);

    /// <summary>Throws an exception of a known type with the given message.</summary>
    Task FailAsync(string message);
}

public sealed class ActivationCountState
{
    public int Activations { get; set; }

    public int Total { get; set; }
}

public sealed class ActivationCountGrain([PersistentState("count")] IPersistentState<ActivationCountState> state) : Grain, IActivationCountGrain
{
    /// <summary>Activations per grain key in this process: the test-only hook.</summary>
    public static ConcurrentDictionary<string, int> Activations { get; } = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Activations.AddOrUpdate(GetPrimaryKeyString(), 1, (_, n) => n + 1);
        state.State.Activations++;
        await state.WriteStateAsync();
    }

    public Task<int> TouchAsync() => Task.FromResult(state.State.Activations);

    public Task<string> WhereAsync() => Task.FromResult(ServiceProvider.GetRequiredService<SiloMessaging>().Self.ToString());

    public async Task<int> AddAsync(int amount)
    {
        state.State.Total += amount;
        await state.WriteStateAsync();
        return state.State.Total;
    }

    public Task<string> EchoAsync(string payload) => Task.FromResult(payload);

    public Task FailAsync(string message) => throw new ArgumentOutOfRangeException(message);
}

/// <summary>Placed on the silo its first call came through.</summary>
public interface ILocalPlacedGrain : IGrainWithStringKey
{
    /// <summary>The address of the silo hosting this activation.</summary>
    Task<string> WhereAsync();
}

[PreferLocalPlacement]
public sealed class LocalPlacedGrain : Grain, ILocalPlacedGrain
{
    public Task<string> WhereAsync() => Task.FromResult(ServiceProvider.GetRequiredService<SiloMessaging>().Self.ToString());
}

/// <summary>Placed on a random silo.</summary>
public interface IRandomPlacedGrain : IGrainWithStringKey
{
    /// <summary>The address of the silo hosting this activation.</summary>
    Task<string> WhereAsync();
}

[RandomPlacement]
public sealed class RandomPlacedGrain : Grain, IRandomPlacedGrain
{
    /// <summary>Activations per grain key in this process: the test-only hook.</summary>
    public static ConcurrentDictionary<string, int> Activations { get; } = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Activations.AddOrUpdate(GetPrimaryKeyString(), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task<string> WhereAsync() => Task.FromResult(ServiceProvider.GetRequiredService<SiloMessaging>().Self.ToString());
}

/// <summary>Registers a durable reminder and records where each tick ran.</summary>
public interface IReminderProbeGrain : IGrainWithStringKey
{
    /// <summary>Registers reminder "checkup" due in one second, then every second.</summary>
    Task StartAsync();

    /// <summary>Removes the reminder.</summary>
    Task StopAsync();
}

public sealed class ReminderProbeGrain(IReminderRegistry reminders) : Grain, IReminderProbeGrain, IRemindable
{
    /// <summary>Ticks per grain key: the silo that ran each. The test-only hook.</summary>
    public static ConcurrentDictionary<string, ConcurrentQueue<string>> Ticks { get; } = new();

    public Task StartAsync() => reminders.RegisterOrUpdateAsync(GrainId, "checkup", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    public Task StopAsync() => reminders.UnregisterAsync(GrainId, "checkup");

    public Task ReceiveReminderAsync(string reminderName)
    {
        Ticks.GetOrAdd(GetPrimaryKeyString(), _ => new()).Enqueue(ServiceProvider.GetRequiredService<SiloMessaging>().Self.ToString());
        return Task.CompletedTask;
    }
}

/// <summary>Receives alerts in a cluster client.</summary>
public interface IAlertObserver : IGrainObserver
{
    /// <summary>Handles one alert.</summary>
    Task OnAlertAsync(string alert);
}

/// <summary>Keeps observer references and calls them.</summary>
public interface IAlertHubGrain : IGrainWithStringKey
{
    /// <summary>Adds an observer.</summary>
    Task SubscribeAsync(IAlertObserver observer);

    /// <summary>Calls every observer; returns how many answered.</summary>
    Task<int> PublishAsync(string alert);

    /// <summary>The address of the silo hosting this activation.</summary>
    Task<string> WhereAsync();
}

public sealed class AlertHubGrain : Grain, IAlertHubGrain
{
    private readonly List<IAlertObserver> _observers = [];

    public Task SubscribeAsync(IAlertObserver observer)
    {
        _observers.Add(observer);
        return Task.CompletedTask;
    }

    public async Task<int> PublishAsync(string alert)
    {
        foreach (var observer in _observers)
        {
            await observer.OnAlertAsync(alert);
        }

        return _observers.Count;
    }

    public Task<string> WhereAsync() => Task.FromResult(ServiceProvider.GetRequiredService<SiloMessaging>().Self.ToString());
}
