using System.Text;
using Mesh.Runtime.Serialization;
using Mesh.Runtime.Tests.Serialization.Models;

namespace Mesh.Runtime.Tests.Serialization;

public sealed class PolymorphismTests
{
    private static EncounterDraft Draft() => new(
        Guid.Parse("3f2b8c1a-6d4e-4f70-9a1b-2c3d4e5f6a7b"),
        PrimaryFinding: new VitalSign("seg-2", "systolic", 152m, "mmHg"),
        Findings: [new Symptom("seg-1", "headache", 4), new VitalSign("seg-2", "systolic", 152m, "mmHg")],
        FindingsBySection: new()
        {
            ["subjective"] = [new Symptom("seg-1", "headache", 4), new Symptom("seg-3", "blurred vision", null)],
            ["objective"] = [new VitalSign("seg-2", "systolic", 152m, "mmHg")],
        },
        NextStep: new Referral("See cardiology", "cardiology"),
        Order: new Prescription { OrderId = "o-1", Drug = "amlodipine", Refills = 2 });

    [Fact]
    public void AbstractRecordParameter_ComesBackAsDerivedType()
    {
        var copy = RoundTrip.Of(Draft());

        Assert.Equal(new VitalSign("seg-2", "systolic", 152m, "mmHg"), Assert.IsType<VitalSign>(copy.PrimaryFinding));
    }

    [Fact]
    public void AbstractElementsInReadOnlyList_KeepTheirTypes()
    {
        var copy = RoundTrip.Of(Draft());

        Assert.Equal(Draft().Findings, copy.Findings);
        Assert.IsType<Symptom>(copy.Findings[0]);
        Assert.IsType<VitalSign>(copy.Findings[1]);
    }

    [Fact]
    public void AbstractElementsInListInsideDictionary_KeepTheirTypes()
    {
        var original = Draft();

        var copy = RoundTrip.Of(original);

        Assert.Equal(original.FindingsBySection.Keys, copy.FindingsBySection.Keys);
        Assert.Equal(original.FindingsBySection["subjective"], copy.FindingsBySection["subjective"]);
        Assert.Equal(original.FindingsBySection["objective"], copy.FindingsBySection["objective"]);
        Assert.All(copy.FindingsBySection["subjective"], finding => Assert.IsType<Symptom>(finding));
    }

    [Fact]
    public void InterfaceProperty_ComesBackAsImplementation()
    {
        var copy = RoundTrip.Of(Draft());

        Assert.Equal(new Referral("See cardiology", "cardiology"), Assert.IsType<Referral>(copy.NextStep));
    }

    [Fact]
    public void InterfaceElements_ComeBackAsClassesAndRecords()
    {
        IReadOnlyList<IActionable> actionables =
        [
            new FollowUpVisit { Title = "Recheck blood pressure", Due = new DateOnly(2026, 12, 1) },
            new Referral("Eye exam", "ophthalmology"),
        ];

        var copy = RoundTrip.Of(actionables);

        var visit = Assert.IsType<FollowUpVisit>(copy[0]);
        Assert.Equal("Recheck blood pressure", visit.Title);
        Assert.Equal(new DateOnly(2026, 12, 1), visit.Due);
        Assert.Equal(new Referral("Eye exam", "ophthalmology"), copy[1]);
    }

    [Fact]
    public void DerivedTypeBehindAbstractIntermediate_ComesBackWhole()
    {
        var copy = RoundTrip.Of(Draft());

        var prescription = Assert.IsType<Prescription>(copy.Order);
        Assert.Equal(new Prescription { OrderId = "o-1", Drug = "amlodipine", Refills = 2 }, prescription);
    }

    [Fact]
    public void TopLevelAbstractDeclaredType_WritesFullNameDiscriminatorFirst()
    {
        var payload = JsonMeshSerializer.Default.SerializeToArray<Finding>(new Symptom("seg-1", "cough", null));

        Assert.StartsWith("{\"$type\":\"Mesh.Runtime.Tests.Serialization.Models.Symptom\",", Encoding.UTF8.GetString(payload));
        Assert.Equal(new Symptom("seg-1", "cough", null), JsonMeshSerializer.Default.Deserialize<Finding>(payload));
    }

    [Fact]
    public void ConcreteBaseWithJsonPolymorphicAttributes_KeepsDerivedTypes()
    {
        List<ClinicalNote> notes = [new ClinicalNote { Text = "draft" }, new SignedNote { Text = "final", SignedBy = "dr-ortiz" }];

        var copy = RoundTrip.Of(notes);

        Assert.Equal("draft", Assert.IsType<ClinicalNote>(copy[0]).Text);
        var signed = Assert.IsType<SignedNote>(copy[1]);
        Assert.Equal(("final", "dr-ortiz"), (signed.Text, signed.SignedBy));
    }

    [Fact]
    public void FrameworkInterface_UsesKnownTypes()
    {
        var options = new MeshSerializerOptions();
        options.KnownTypes.Add(typeof(TriagePriority));
        var slot = new TriageSlot("p-3", new TriagePriority(2));

        var copy = RoundTrip.Of(slot, new JsonMeshSerializer(options));

        Assert.Equal(new TriagePriority(2), Assert.IsType<TriagePriority>(copy.Priority));
    }

    [Fact]
    public void FrameworkInterface_WithoutKnownTypes_FailsToDeserialize()
    {
        var slot = new TriageSlot("p-3", new TriagePriority(2));

        Assert.Throws<NotSupportedException>(() => RoundTrip.Of(slot, new JsonMeshSerializer()));
    }

    [Fact]
    public void ClosedGenericKnownType_RoundTripsWithVersionFreeName()
    {
        var options = new MeshSerializerOptions();
        options.KnownTypes.Add(typeof(Tagged<int>));
        var serializer = new JsonMeshSerializer(options);

        var payload = serializer.SerializeToArray<Finding>(new Tagged<int>("seg-8", 42));

        Assert.Contains("\"$type\":\"Mesh.Runtime.Tests.Serialization.Models.Tagged`1[System.Int32]\"", Encoding.UTF8.GetString(payload));
        Assert.Equal(new Tagged<int>("seg-8", 42), serializer.Deserialize<Finding>(payload));
    }

    [Fact]
    public void GenericHierarchy_ClosesDerivedTypesOverTheDeclaredArguments()
    {
        List<ClaimDecision> decisions = [new("c-1", new Succeeded<decimal>(812.40m)), new("c-2", new Rejected<decimal>("CO-97"))];

        var copy = RoundTrip.Of(decisions);

        Assert.Equal(decisions, copy);
        Assert.IsType<Succeeded<decimal>>(copy[0].Outcome);
        Assert.IsType<Rejected<decimal>>(copy[1].Outcome);
    }
}
