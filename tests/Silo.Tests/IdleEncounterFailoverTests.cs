using System.Diagnostics;
using System.Text.Json;
using Mesh.Grains.Conversations;
using Mesh.Grains.Encounters;
using Mesh.Grains.Patients;
using Mesh.TestSupport;
using Npgsql;
using Xunit.Abstractions;

namespace Mesh.Silo.Tests;

/// <summary>
/// A live encounter nobody talks to any more (the clinician closed the tab) is ended by its idle timeout, and its
/// draft made, even when the silo process holding it is killed before the timeout: a reminder wakes the conversation
/// on a surviving silo, with no call from any client.
/// </summary>
[Collection("postgres")]
public sealed class IdleEncounterFailoverTests(PostgresFixture fixture, ITestOutputHelper output)
{
    private const string Tenant = "clinic-a";
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(8);

    /// <summary>The idle reminder's period: the idle timeout, but not under Orleans' smallest reminder period, a minute.</summary>
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task SiloOfAnIdleEncounterKilled_EncounterIsStillEndedByItsIdleTimeout()
    {
        using var cluster = new SiloCluster(await fixture.CreateDatabaseAsync(), new Dictionary<string, string?>
        {
            ["Mesh:Live:IdleTimeoutSeconds"] = IdleTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await cluster.StartAsync(3);
        await using var client = await MeshClusterClient.StartAsync(cluster);
        var patientId = "idle-patient";
        await client.Grains.GetGrain<IPatientGrain>(PatientKeys.For(Tenant, patientId)).CreateAsync(
            new PatientDemographics("Ida", "Idle", new DateOnly(1960, 5, 1), PatientSex.Female, "en", []), PatientClinicalFacts.None);
        var conversationId = Guid.NewGuid().ToString("N");
        var conversation = client.Grains.GetGrain<IConversationGrain>(ConversationKeys.For(Tenant, conversationId));

        var sinceStart = Stopwatch.StartNew();
        await conversation.StartEncounterAsync(new EncounterStart(
            patientId, EncounterMode.Scribe, "en", "en", EncounterAudioFormat.Pcm16,
            new EncounterConsent(true, ConsentMethod.Verbal, "dr-idle", DateTimeOffset.UtcNow), "dr-idle", DateOnly.FromDateTime(DateTime.UtcNow)));
        var victim = await client.HostOfAsync(cluster, conversation) ?? throw new InvalidOperationException("The conversation is not active.");
        cluster.Kill(victim);
        var killedAfter = sinceStart.Elapsed;
        // Killed well before the timeout, so the killed silo cannot have ended it.
        Assert.True(killedAfter < IdleTimeout / 2, $"killed only {killedAfter} after the start");
        Assert.Equal("Active", await StoredStatusAsync(cluster, conversationId));

        // From here on nothing calls the conversation: the test reads its stored state straight from the database. The
        // reminder first fires one period after the start, on whichever silo owns it by then (a survivor takes over the
        // killed silo's reminders once it is declared dead).
        await cluster.WaitAsync(async () => await StoredStatusAsync(cluster, conversationId) == "Ended",
            ReminderPeriod + TimeSpan.FromSeconds(20), "the idle encounter ended");

        output.WriteLine($"silo killed {killedAfter.TotalSeconds:0.0} s after the start; encounter ended {sinceStart.Elapsed.TotalSeconds:0.0} s after the start " +
            $"(idle timeout {IdleTimeout.TotalSeconds:0} s, reminder period {ReminderPeriod.TotalSeconds:0} s)");
    }

    /// <summary>The live encounter's status in the conversation's stored grain state (JSON), without activating the grain.</summary>
    private static async Task<string?> StoredStatusAsync(SiloCluster cluster, string conversationId)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload FROM orleans_grain_state WHERE grain_type = 'conversation' AND grain_id_extension LIKE @key AND payload IS NOT NULL",
            connection);
        command.Parameters.AddWithValue("key", $"%{conversationId}");
        if (await command.ExecuteScalarAsync() is not byte[] payload)
        {
            return null;
        }

        using var state = JsonDocument.Parse(payload);
        return state.RootElement.TryGetProperty("Live", out var live) && live.ValueKind == JsonValueKind.Object
            ? live.GetProperty("Status").ToString() switch
            {
                "0" => "Active",
                "1" => "Paused",
                "2" => "Ended",
                var named => named,
            }
            : null;
    }
}
