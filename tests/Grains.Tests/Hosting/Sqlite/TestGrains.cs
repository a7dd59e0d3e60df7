using System.Collections.Concurrent;
using Mesh.Grains.Hosting.Sqlite;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Mesh.Grains.Tests.Hosting.Sqlite;

/// <summary>A grain's persisted profile.</summary>
[GenerateSerializer]
public sealed class ProfileState
{
    /// <summary>The stored name.</summary>
    [Id(0)]
    public string? Name { get; set; }

    /// <summary>How many writes this state has seen.</summary>
    [Id(1)]
    public int Writes { get; set; }
}

/// <summary>What a profile grain reports about its state and activation.</summary>
[GenerateSerializer]
public sealed record ProfileView(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? ETag,
    [property: Id(2)] bool RecordExists,
    [property: Id(3)] Guid Activation,
    [property: Id(4)] int Writes);

/// <summary>A grain whose state lives in the "sqlite" provider.</summary>
public interface IProfileGrain : IGrainWithStringKey
{
    /// <summary>Reports the state as loaded or last written.</summary>
    Task<ProfileView> Get();

    /// <summary>Sets the name and writes the state.</summary>
    Task Set(string name);

    /// <summary>Clears the state.</summary>
    Task Clear();
}

/// <inheritdoc cref="IProfileGrain"/>
public sealed class ProfileGrain([PersistentState("profile", TestClusters.StorageName)] IPersistentState<ProfileState> profile)
    : Grain, IProfileGrain
{
    private readonly Guid _activation = Guid.NewGuid();

    /// <inheritdoc/>
    public Task<ProfileView> Get() =>
        Task.FromResult(new ProfileView(profile.State.Name, profile.Etag, profile.RecordExists, _activation, profile.State.Writes));

    /// <inheritdoc/>
    public Task Set(string name)
    {
        profile.State.Name = name;
        profile.State.Writes++;
        return profile.WriteStateAsync();
    }

    /// <inheritdoc/>
    public Task Clear() => profile.ClearStateAsync();
}

/// <summary>A grain with one durable reminder, "tick".</summary>
public interface ITickGrain : IGrainWithStringKey
{
    /// <summary>Registers (or updates) the reminder.</summary>
    Task Start(TimeSpan period);

    /// <summary>Unregisters the reminder.</summary>
    Task Stop();
}

/// <inheritdoc cref="ITickGrain"/>
public sealed class TickGrain(IOptions<ClusterOptions> cluster) : Grain, ITickGrain, IRemindable
{
    /// <inheritdoc/>
    public Task Start(TimeSpan period) => this.RegisterOrUpdateReminder("tick", period, period);

    /// <inheritdoc/>
    public async Task Stop()
    {
        if (await this.GetReminder("tick") is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <inheritdoc/>
    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        TickLog.Ticks.Enqueue(new Tick(cluster.Value.ClusterId, this.GetPrimaryKeyString(), reminderName, DateTime.UtcNow));
        return Task.CompletedTask;
    }
}

/// <summary>One reminder tick as a grain received it, with the cluster (so the silo run) that delivered it.</summary>
public sealed record Tick(string ClusterId, string GrainKey, string ReminderName, DateTime At);

/// <summary>The ticks every test silo of this process delivered.</summary>
public static class TickLog
{
    /// <summary>The ticks, in arrival order.</summary>
    public static ConcurrentQueue<Tick> Ticks { get; } = new();
}
