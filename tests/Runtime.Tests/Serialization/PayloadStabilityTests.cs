using System.Text;
using Mesh.Runtime.Serialization;
using Mesh.Runtime.Tests.Serialization.Models;

namespace Mesh.Runtime.Tests.Serialization;

// Stored grain state and mixed-version clusters depend on these bytes; a change here is a wire-format change.
public sealed class PayloadStabilityTests
{
    private static EncounterDraft Draft() => new(
        Guid.Parse("3f2b8c1a-6d4e-4f70-9a1b-2c3d4e5f6a7b"),
        PrimaryFinding: new Symptom("seg-1", "mareo leve, náuseas", 3),
        Findings: [new VitalSign("seg-2", "SpO2", 97.0m, "%")],
        FindingsBySection: new() { ["objective"] = [new VitalSign("seg-2", "SpO2", 97.0m, "%")] },
        NextStep: new FollowUpVisit { Title = "Recheck <2 weeks>", Due = new DateOnly(2026, 12, 1) },
        Order: null);

    private static ScalarSample Scalars() => new(
        EncounterMode.LiveInterpreter,
        MissingMode: null,
        MissingCount: null,
        PresentCount: 2,
        new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.FromHours(-5)),
        new DateOnly(1961, 2, 28),
        TimeSpan.FromMinutes(17.25),
        Guid.Parse("8d3c6c9f-7c0e-4c6a-9d35-0a6f5b0e4f11"),
        1234.50m,
        MissingText: null);

    [Fact]
    public void PolymorphicRecord_SerializesToTheSameBytesEveryTime()
    {
        const string Expected = """
            {"EncounterId":"3f2b8c1a-6d4e-4f70-9a1b-2c3d4e5f6a7b","PrimaryFinding":{"$type":"Mesh.Runtime.Tests.Serialization.Models.Symptom","Description":"mareo leve, náuseas","Severity":3,"SegmentId":"seg-1"},"Findings":[{"$type":"Mesh.Runtime.Tests.Serialization.Models.VitalSign","Name":"SpO2","Value":97.0,"Unit":"%","SegmentId":"seg-2"}],"FindingsBySection":{"objective":[{"$type":"Mesh.Runtime.Tests.Serialization.Models.VitalSign","Name":"SpO2","Value":97.0,"Unit":"%","SegmentId":"seg-2"}]},"NextStep":{"$type":"Mesh.Runtime.Tests.Serialization.Models.FollowUpVisit","Title":"Recheck <2 weeks>","Due":"2026-12-01"},"Order":null}
            """;

        var payload = JsonMeshSerializer.Default.SerializeToArray(Draft());

        Assert.Equal(Encoding.UTF8.GetBytes(Expected), payload);
        Assert.Equal(payload, new JsonMeshSerializer().SerializeToArray(Draft()));
    }

    [Fact]
    public void ScalarRecord_SerializesToTheSameBytesEveryTime()
    {
        const string Expected = """
            {"Mode":"LiveInterpreter","MissingMode":null,"MissingCount":null,"PresentCount":2,"StartedAt":"2026-03-14T09:26:53-05:00","BirthDate":"1961-02-28","Duration":"00:17:15","Id":"8d3c6c9f-7c0e-4c6a-9d35-0a6f5b0e4f11","Amount":1234.50,"MissingText":null}
            """;

        var payload = JsonMeshSerializer.Default.SerializeToArray(Scalars());

        Assert.Equal(Encoding.UTF8.GetBytes(Expected), payload);
        Assert.Equal(payload, new JsonMeshSerializer().SerializeToArray(Scalars()));
    }
}
