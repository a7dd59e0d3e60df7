using Mesh.Runtime.Serialization;
using Mesh.Runtime.Tests.Serialization.Models;

namespace Mesh.Runtime.Tests.Serialization;

public sealed class DeepCopierTests
{
    private readonly DeepCopier _sharingOnly = new(new ThrowingSerializer());
    private readonly DeepCopier _copier = new(JsonMeshSerializer.Default);

    [Fact]
    public void ImmutableReferences_AreReturnedWithoutSerializing()
    {
        var text = new string('a', 3);
        var uri = new Uri("https://clinic.example/reports/1");
        var version = new Version(2, 1);
        var report = new SignedReport("final report");

        Assert.Same(text, _sharingOnly.Copy(text));
        Assert.Same(uri, _sharingOnly.Copy(uri));
        Assert.Same(version, _sharingOnly.Copy(version));
        Assert.Same(report, _sharingOnly.Copy(report));
    }

    [Fact]
    public void ImmutableWrapper_SharesTheWrappedMutableValue()
    {
        var chart = new MutableChart { PatientId = "p-1" };

        var copy = _sharingOnly.Copy(chart.AsImmutable());

        Assert.Same(chart, copy.Value);
    }

    [Fact]
    public void ImmutableValueTypes_AreReturnedWithoutSerializing()
    {
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(-7));

        Assert.Equal(at, _sharingOnly.Copy(at));
        Assert.Equal(EncounterMode.AmbientScribe, _sharingOnly.Copy(EncounterMode.AmbientScribe));
        Assert.Equal(12.5m, _sharingOnly.Copy(12.5m));
        Assert.Equal(new TimeOnly(8, 30), _sharingOnly.Copy<TimeOnly?>(new TimeOnly(8, 30)));
        Assert.Null(_sharingOnly.Copy<int?>(null));
    }

    [Fact]
    public void ImmutableValueBehindObject_IsReturnedWithoutSerializing()
    {
        object text = new string('b', 2);

        Assert.Same(text, _sharingOnly.Copy(text));
    }

    [Fact]
    public void Null_StaysNull()
    {
        Assert.Null(_sharingOnly.Copy<MutableChart?>(null));
        Assert.Null(_sharingOnly.Copy<object?>(null));
    }

    [Fact]
    public void MutableClass_IsCopiedAndTheCopyIsIndependent()
    {
        var chart = new MutableChart { PatientId = "p-1", Notes = ["seen"] };

        var copy = _copier.Copy(chart);
        copy.Notes.Add("changed in the copy");

        Assert.NotSame(chart, copy);
        Assert.Equal("p-1", copy.PatientId);
        Assert.Equal(["seen"], chart.Notes);
    }

    [Fact]
    public void RecordHoldingCollections_IsCopiedDeeply()
    {
        var draft = new EncounterDraft(
            Guid.NewGuid(),
            new Symptom("seg-1", "rash", 2),
            [new Symptom("seg-1", "rash", 2)],
            new() { ["subjective"] = [new Symptom("seg-1", "rash", 2)] },
            new FollowUpVisit { Title = "Recheck", Due = new DateOnly(2027, 1, 5) },
            Order: null);

        var copy = _copier.Copy(draft);
        copy.FindingsBySection["subjective"].Clear();
        ((FollowUpVisit)copy.NextStep!).Title = "changed";

        Assert.NotSame(draft.FindingsBySection, copy.FindingsBySection);
        Assert.Single(draft.FindingsBySection["subjective"]);
        Assert.Equal("Recheck", draft.NextStep!.Title);
        Assert.Equal(draft.Findings, copy.Findings);
    }

    [Fact]
    public void AbstractDeclaredType_IsCopiedAsTheRuntimeType()
    {
        Finding finding = new VitalSign("seg-3", "temperature", 38.4m, "C");

        var copy = _copier.Copy(finding);

        Assert.NotSame(finding, copy);
        Assert.Equal(finding, Assert.IsType<VitalSign>(copy));
    }

    [Fact]
    public void ObjectDeclaredType_IsCopiedAsTheRuntimeType()
    {
        object chart = new MutableChart { PatientId = "p-2", Notes = ["triaged"] };

        var copy = Assert.IsType<MutableChart>(_copier.Copy(chart));

        Assert.NotSame(chart, copy);
        Assert.Equal(["triaged"], copy.Notes);
    }

    [Fact]
    public void ByteArray_IsCopiedToANewArray()
    {
        byte[] audio = [1, 2, 3];

        var copy = _copier.Copy(audio);
        copy[0] = 99;

        Assert.Equal([1, 2, 3], audio);
    }
}
