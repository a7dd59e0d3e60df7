using System.Text.Json.Nodes;
using Mesh.Grains.Conversations;
using Mesh.Grains.Encounters;
using Mesh.Grains.Patients;
using Mesh.Grains.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Mesh.Grains.Tests.Operations;

/// <summary>
/// During a rolling upgrade the new silos activate grains whose state the old ones wrote. Each sample in
/// PreviousStates/ is a state exactly as a released Mesh stored it (JSON, as the grain storage serializer writes it);
/// today's grains must load it, answer from it, and keep every field of it when they write the state again. A renamed
/// property, a reordered enum (enums are stored as numbers) or a changed type fails here.
/// </summary>
public sealed class StateCompatibilityTests
{
    private const string Tenant = "clinic-a";

    [Fact]
    public async Task A_patient_state_from_the_previous_version_loads_and_keeps_every_field_through_a_write()
    {
        await using var silo = await MeshCluster.StartAsync();
        var sample = Sample("patient-state.json");
        var grain = silo.Client.GetGrain<IPatientGrain>(PatientKeys.For(Tenant, "p-sample"));
        await StoreAsync<PatientState>(silo, "patient", grain.GetGrainId(), sample);

        var record = await grain.GetAsync();
        Assert.NotNull(record);
        Assert.Equal(new PatientDemographics("Ödön", "Kovács", new DateOnly(1961, 4, 12), PatientSex.Male, "hu", []) with { Identifiers = record.Demographics.Identifiers },
            record.Demographics);
        Assert.Equal(new PatientIdentifier("national-id", "123-456-789"), Assert.Single(record.Demographics.Identifiers));
        Assert.Equal(new PatientAllergy("penicillin", "rash"), Assert.Single(record.Facts.Allergies));
        Assert.Equal(new PatientMedication("metformin", "500 mg", "oral", "twice daily", true), Assert.Single(record.Facts.Medications));
        Assert.Equal(new PatientCondition("Hypertension", "I10", new DateOnly(2015, 3, 1), true), Assert.Single(record.Facts.Conditions));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero), Assert.Single(record.Facts.Observations).RecordedAt);

        // Today's grain writes the state again; everything the old one wrote is still there, unchanged.
        await grain.RecordEncounterAsync(new PatientEncounter("c-after-upgrade", new DateOnly(2026, 12, 1), "dr-house", null));
        var written = await ReadAsync<PatientState>(silo, "patient", grain.GetGrainId());
        Assert.Single(written["Record"]!["Encounters"]!.AsArray());
        foreach (var json in new[] { sample, written })
        {
            json["Record"]!.AsObject().Remove("Encounters");
            json["Record"]!.AsObject().Remove("UpdatedAt");
        }

        Assert.True(KeepsEverythingOf(sample, written), $"before: {sample.ToJsonString()}\nafter:  {written.ToJsonString()}");
    }

    [Fact]
    public async Task A_live_encounter_from_the_previous_version_resumes_and_keeps_its_turns_and_events_through_a_write()
    {
        await using var silo = await MeshCluster.StartAsync();
        var patient = silo.Client.GetGrain<IPatientGrain>(PatientKeys.For(Tenant, "p-sample"));
        await StoreAsync<PatientState>(silo, "patient", patient.GetGrainId(), Sample("patient-state.json"));
        var sample = Sample("conversation-state.json");
        var grain = silo.Client.GetGrain<IConversationGrain>(ConversationKeys.For(Tenant, "c-sample"));
        await StoreAsync<ConversationState>(silo, "conversation", grain.GetGrainId(), sample);

        var snapshot = await grain.GetEncounterAsync();
        Assert.NotNull(snapshot);
        Assert.Equal(EncounterStatus.Active, snapshot.Status);
        Assert.Equal(EncounterMode.Scribe, snapshot.Mode);
        Assert.True(snapshot.Consent.Obtained);
        Assert.Equal(["What brings you in today?", "I have had a cough for three days."], snapshot.Segments.Select(s => s.Text));
        Assert.Equal([1L, 2, 3, 4], (await grain.GetEncounterEventsAsync(0)).Select(e => e.Sequence));

        // The encounter goes on under the new version: the next turn is numbered after the old ones.
        await grain.SendTextAsync(new EncounterText("doctor", "Any fever?"));
        Assert.Equal(5L, (await grain.GetEncounterEventsAsync(4)).First().Sequence);
        var written = await ReadAsync<ConversationState>(silo, "conversation", grain.GetGrainId());
        var before = sample["Live"]!;
        var after = written["Live"]!;
        Assert.True(JsonNode.DeepEquals(before["Start"], after["Start"]), after["Start"]!.ToJsonString());
        for (var i = 0; i < before["Segments"]!.AsArray().Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(before["Segments"]![i], after["Segments"]![i]), after["Segments"]![i]!.ToJsonString());
        }

        for (var i = 0; i < before["Events"]!.AsArray().Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(before["Events"]![i], after["Events"]![i]), after["Events"]![i]!.ToJsonString());
        }
    }

    /// <summary>
    /// Every property of <paramref name="before"/> is in <paramref name="after"/> with the same value; a property only
    /// <paramref name="after"/> has is one a later version added, and must still be empty (null, [] or {}), since the
    /// old state had nothing to put there.
    /// </summary>
    private static bool KeepsEverythingOf(JsonNode? before, JsonNode? after)
    {
        if (before is not JsonObject oldObject || after is not JsonObject newObject)
        {
            return JsonNode.DeepEquals(before, after);
        }

        return oldObject.All(p => newObject.ContainsKey(p.Key) && KeepsEverythingOf(p.Value, newObject[p.Key]))
            && newObject.Where(p => !oldObject.ContainsKey(p.Key)).All(p => p.Value is null or JsonArray { Count: 0 } or JsonObject { Count: 0 });
    }

    private static JsonNode Sample(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Operations", "PreviousStates", name)))!;

    /// <summary>Puts the sample in the silo's grain storage as the previous version left it, before the grain is activated.</summary>
    private static async Task StoreAsync<T>(MeshCluster silo, string stateName, GrainId grainId, JsonNode sample)
    {
        var serializer = silo.Services.GetRequiredService<IGrainStorageSerializer>();
        var state = new GrainState<T>(serializer.Deserialize<T>(BinaryData.FromString(sample.ToJsonString())));
        await Storage(silo).WriteStateAsync(stateName, grainId, state);
    }

    private static async Task<JsonNode> ReadAsync<T>(MeshCluster silo, string stateName, GrainId grainId)
    {
        var state = new GrainState<T>();
        await Storage(silo).ReadStateAsync(stateName, grainId, state);
        return JsonNode.Parse(silo.Services.GetRequiredService<IGrainStorageSerializer>().Serialize(state.State).ToString())!;
    }

    private static IGrainStorage Storage(MeshCluster silo) => silo.Services.GetRequiredKeyedService<IGrainStorage>("Default");
}
