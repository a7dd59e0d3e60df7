using System.Collections.Concurrent;
using System.Diagnostics;
using Mesh.Grains.Patients;
using Orleans.Runtime.Messaging;
using Orleans.Storage;

namespace Mesh.Silo.Tests;

/// <summary>
/// Concurrent writers through a cluster client, each creating and then updating patients of its own in turn. A write
/// counts as acknowledged when its call returned; a call that failed because a silo went away is retried (the same
/// write again, so an unknown outcome is settled) until acknowledged. Afterwards every patient must hold exactly the
/// last acknowledged version.
/// </summary>
internal sealed class PatientWriters(IGrainFactory grains, int writers, int patientsPerWriter)
{
    private const string Tenant = "clinic-load";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<string, int> _acknowledged = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly Lock _longest = new();
    private int _writes;
    private int _retries;
    private TimeSpan _longestWrite;

    /// <summary>Acknowledged writes so far.</summary>
    public int Writes => Volatile.Read(ref _writes);

    /// <summary>Calls that failed because a silo went away and were sent again.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>The longest a write waited from its first try to its acknowledgement.</summary>
    public TimeSpan LongestWrite
    {
        get
        {
            lock (_longest)
            {
                return _longestWrite;
            }
        }
    }

    /// <summary>Runs the writers until <paramref name="stop"/> is cancelled; a writer finishes the write in hand first.</summary>
    public Task RunAsync(CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => WriteAsync(w, stop), CancellationToken.None)));

    /// <summary>Waits until <paramref name="count"/> more writes were acknowledged, so a fault lands under load.</summary>
    public async Task WaitForWritesAsync(int count, TimeSpan limit)
    {
        var target = Writes + count;
        var watch = Stopwatch.StartNew();
        while (Writes < target)
        {
            Assert.True(watch.Elapsed < limit, $"only {Writes} of {target} writes acknowledged after {limit}");
            await Task.Delay(50);
        }
    }

    /// <summary>Reads every written patient back and checks it holds its last acknowledged version.</summary>
    public async Task VerifyAsync()
    {
        Assert.Empty(_failures);
        Assert.Equal(writers * patientsPerWriter, _acknowledged.Count);
        var lost = new List<string>();
        foreach (var (key, version) in _acknowledged)
        {
            var record = await grains.GetGrain<IPatientGrain>(key).GetAsync();
            if (record?.Demographics.FamilyName != Version(version))
            {
                lost.Add($"{key}: acknowledged {Version(version)}, read {record?.Demographics.FamilyName ?? "nothing"}");
            }
        }

        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged writes lost:\n{string.Join('\n', lost)}");
    }

    private async Task WriteAsync(int writer, CancellationToken stop)
    {
        var keys = Enumerable.Range(0, patientsPerWriter).Select(p => PatientKeys.For(Tenant, $"w{writer}-p{p}")).ToArray();
        try
        {
            for (var turn = 0; !stop.IsCancellationRequested; turn++)
            {
                var key = keys[turn % keys.Length];
                var version = _acknowledged.TryGetValue(key, out var last) ? last + 1 : 0;
                await WriteUntilAcknowledgedAsync(key, version);
                _acknowledged[key] = version;
                Interlocked.Increment(ref _writes);
            }
        }
        catch (Exception error)
        {
            _failures.Enqueue($"writer {writer}: {error}");
        }
    }

    private async Task WriteUntilAcknowledgedAsync(string key, int version)
    {
        var grain = grains.GetGrain<IPatientGrain>(key);
        var demographics = new PatientDemographics(key, Version(version), new DateOnly(1970, 1, 1), PatientSex.Unknown, "en", []);
        var watch = Stopwatch.StartNew();
        var triedBefore = false;
        while (true)
        {
            try
            {
                if (version == 0)
                {
                    await grain.CreateAsync(demographics, PatientClinicalFacts.None);
                }
                else
                {
                    Assert.NotNull(await grain.UpdateAsync(demographics, PatientClinicalFacts.None));
                }

                break;
            }
            catch (InvalidOperationException) when (version == 0 && triedBefore)
            {
                // The first try stored the patient but its answer was lost with the silo: the create did happen.
                var record = await grain.GetAsync();
                Assert.Equal(Version(0), record?.Demographics.FamilyName);
                break;
            }
            catch (Exception error) when (IsTransient(error) && watch.Elapsed < Patience)
            {
                triedBefore = true;
                Interlocked.Increment(ref _retries);
                await Task.Delay(100);
            }
        }

        lock (_longest)
        {
            _longestWrite = watch.Elapsed > _longestWrite ? watch.Elapsed : _longestWrite;
        }
    }

    private static string Version(int version) => $"v{version}";

    /// <summary>
    /// The failures a silo going away causes: the call may or may not have run. A stale-ETag refusal is one: while a
    /// silo leaves, a second activation may hold state read before the other wrote; its write is refused (nothing
    /// stored) and Orleans drops it, so the write is sent again.
    /// </summary>
    private static bool IsTransient(Exception error) => error is SiloUnavailableException
        or OrleansMessageRejectionException
        or ConnectionFailedException
        or GatewayTooBusyException
        or TimeoutException
        or InconsistentStateException;
}
