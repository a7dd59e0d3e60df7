using Mesh.Grains.Patients;
using Mesh.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Providers;
using Orleans.Storage;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>
/// Grain state on Mesh's storage guards against lost updates with ETags: a write over an ETag that is no longer current
/// is refused and changes nothing, and what was written survives the activation and the silo. Run on each provider.
/// </summary>
public abstract class GrainStateConflictTests
{
    private const string Tenant = "clinic-etag";

    // The state name PatientGrain declares with [PersistentState].
    private const string StateName = "patient";

    /// <summary>Mesh:Storage settings for the provider under test.</summary>
    protected abstract Task<Dictionary<string, string?>> StorageSettingsAsync();

    [Fact]
    public async Task A_second_write_over_the_same_ETag_is_refused_and_the_first_survives_deactivation_and_a_silo_restart()
    {
        await using var cluster = await MeshCluster.StartAsync(settings: await StorageSettingsAsync());
        var patient = cluster.Client.GetGrain<IPatientGrain>(PatientKeys.For(Tenant, "p-" + Guid.NewGuid().ToString("N")[..8]));
        await patient.CreateAsync(Demographics("Original"), PatientClinicalFacts.None);
        await cluster.Cluster.DeactivateAsync(patient);

        // Two writers that read the same version, as two activations of one grain would.
        var storage = Storage(cluster);
        var first = await ReadAsync(storage, patient);
        var second = await ReadAsync(storage, patient);
        Assert.NotNull(first.ETag);
        Assert.Equal(first.ETag, second.ETag);

        first.State!.Record = Renamed(first.State!.Record!, "First writer");
        await storage.WriteStateAsync(StateName, patient.GetGrainId(), first);
        Assert.NotEqual(second.ETag, first.ETag);
        second.State!.Record = Renamed(second.State!.Record!, "Second writer");
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, patient.GetGrainId(), second));

        Assert.Equal("First writer", (await ReadAsync(storage, patient)).State!.Record!.Demographics.GivenName);
        Assert.Equal("First writer", (await patient.GetAsync())?.Demographics.GivenName);

        await cluster.Cluster.DeactivateAsync(patient);
        Assert.Equal("First writer", (await patient.GetAsync())?.Demographics.GivenName);

        await cluster.Cluster.RestartSiloAsync(cluster.Cluster.Silos[0]);
        // A new client: the old one holds its only gateway as dead for a while, which is not what this test is about.
        await cluster.Cluster.InitializeClientAsync();
        patient = cluster.Client.GetGrain<IPatientGrain>(patient.GetPrimaryKeyString());
        Assert.Equal("First writer", (await patient.GetAsync())?.Demographics.GivenName);
        Assert.Equal("First writer", (await ReadAsync(Storage(cluster), patient)).State!.Record!.Demographics.GivenName);
    }

    [Fact]
    public async Task An_activation_holding_an_old_ETag_cannot_overwrite_newer_state()
    {
        await using var cluster = await MeshCluster.StartAsync(settings: await StorageSettingsAsync());
        var patient = cluster.Client.GetGrain<IPatientGrain>(PatientKeys.For(Tenant, "p-" + Guid.NewGuid().ToString("N")[..8]));
        await patient.CreateAsync(Demographics("Original"), PatientClinicalFacts.None);

        // Another writer moves the state on while the activation still holds the version it created.
        var storage = Storage(cluster);
        var elsewhere = await ReadAsync(storage, patient);
        elsewhere.State!.Record = Renamed(elsewhere.State!.Record!, "Written elsewhere");
        await storage.WriteStateAsync(StateName, patient.GetGrainId(), elsewhere);

        await Assert.ThrowsAsync<InconsistentStateException>(() => patient.UpdateAsync(Demographics("Stale"), PatientClinicalFacts.None));

        Assert.Equal("Written elsewhere", (await ReadAsync(storage, patient)).State!.Record!.Demographics.GivenName);
        // Orleans drops the activation whose write was refused, so the next call reads the stored state.
        Assert.Equal("Written elsewhere", (await patient.GetAsync())?.Demographics.GivenName);
    }

    private static IGrainStorage Storage(MeshCluster cluster) =>
        cluster.Services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME);

    private static async Task<GrainState<PatientState>> ReadAsync(IGrainStorage storage, IPatientGrain patient)
    {
        var state = new GrainState<PatientState>();
        await storage.ReadStateAsync(StateName, patient.GetGrainId(), state);
        return state;
    }

    private static PatientDemographics Demographics(string givenName) =>
        new(givenName, "Szabó", new DateOnly(1975, 3, 3), PatientSex.Male, "en", []);

    private static PatientRecord Renamed(PatientRecord record, string givenName) =>
        record with { Demographics = record.Demographics with { GivenName = givenName } };
}

/// <summary>On SQLite, Mesh's default storage.</summary>
public sealed class SqliteGrainStateConflictTests : GrainStateConflictTests
{
    protected override Task<Dictionary<string, string?>> StorageSettingsAsync() => Task.FromResult(new Dictionary<string, string?>());
}

/// <summary>On PostgreSQL, through Orleans' ADO.NET grain storage.</summary>
[Collection("postgres")]
public sealed class PostgreSqlGrainStateConflictTests(PostgresFixture postgres) : GrainStateConflictTests
{
    protected override async Task<Dictionary<string, string?>> StorageSettingsAsync() => new()
    {
        ["Mesh:Storage:Provider"] = "PostgreSql",
        ["Mesh:Storage:ConnectionString"] = await postgres.CreateDatabaseAsync(),
    };
}
