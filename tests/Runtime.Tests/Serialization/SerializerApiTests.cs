using System.Buffers;
using System.Text;
using System.Text.Json;
using Mesh.Runtime.Serialization;
using Mesh.Runtime.Tests.Serialization.Models;

namespace Mesh.Runtime.Tests.Serialization;

public sealed class SerializerApiTests
{
    private static readonly IMeshSerializer Serializer = JsonMeshSerializer.Default;

    [Fact]
    public void Serialize_AppendsAfterWhatTheBufferHolds()
    {
        var buffer = new ArrayBufferWriter<byte>();
        buffer.Write("HDR"u8);

        Serializer.Serialize(new Referral("Eye exam", "ophthalmology"), buffer);

        Assert.Equal("HDR{\"Title\":\"Eye exam\",\"Specialty\":\"ophthalmology\"}", Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void DeserializeSequence_ReadsPayloadSplitAcrossSegments()
    {
        var symptom = new Symptom("seg-1", "shortness of breath", 7);
        var sequence = SequenceSegment.Split(Serializer.SerializeToArray<Finding>(symptom), chunkSize: 5);

        Assert.False(sequence.IsSingleSegment);
        Assert.Equal(symptom, Serializer.Deserialize<Finding>(sequence));
    }

    [Fact]
    public void DeserializeSequence_RejectsTrailingContent()
    {
        var sequence = SequenceSegment.Split(Encoding.UTF8.GetBytes("{\"PatientId\":\"p-1\"} {}"), chunkSize: 4);

        Assert.ThrowsAny<JsonException>(() => Serializer.Deserialize<MutableChart>(sequence));
    }

    [Fact]
    public void NonGenericOverloads_UseTheDeclaredType()
    {
        var buffer = new ArrayBufferWriter<byte>();

        Serializer.Serialize(new VitalSign("seg-2", "pulse", 88m, "bpm"), typeof(Finding), buffer);
        var copy = Serializer.Deserialize(buffer.WrittenSpan, typeof(Finding));

        Assert.Equal(new VitalSign("seg-2", "pulse", 88m, "bpm"), copy);
        Assert.Equal(buffer.WrittenSpan.ToArray(), Serializer.SerializeToArray<Finding>(new VitalSign("seg-2", "pulse", 88m, "bpm")));
    }

    [Fact]
    public void NonGenericSerialize_RejectsValueOfAnotherType()
    {
        Assert.Throws<ArgumentException>(() => Serializer.Serialize("not a finding", typeof(Finding), new ArrayBufferWriter<byte>()));
    }

    [Fact]
    public void Serialize_FromManyThreadsAtOnce_GivesTheSamePayload()
    {
        var expected = Serializer.SerializeToArray<Finding>(new Symptom("seg-1", "fever", 5));
        var payloads = new byte[64][];

        Parallel.For(0, payloads.Length, i => payloads[i] = Serializer.SerializeToArray<Finding>(new Symptom("seg-1", "fever", 5)));

        Assert.All(payloads, payload => Assert.Equal(expected, payload));
    }

    [Fact]
    public void UndiscoveredDerivedType_FailsNamingTheType()
    {
        List<Finding> findings = [new Symptom("seg-1", "fever", 5), new Tagged<int>("seg-2", 1)];

        var error = Assert.Throws<NotSupportedException>(() => Serializer.SerializeToArray(findings));

        Assert.Contains("Tagged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SerializeAfterFailedSerialize_WritesACleanPayload()
    {
        List<Finding> findings = [new Symptom("seg-1", "fever", 5), new Tagged<int>("seg-2", 1)];
        Assert.Throws<NotSupportedException>(() => Serializer.Serialize(findings, new ArrayBufferWriter<byte>()));

        var payload = Serializer.SerializeToArray(new Referral("Eye exam", "ophthalmology"));

        Assert.Equal("{\"Title\":\"Eye exam\",\"Specialty\":\"ophthalmology\"}", Encoding.UTF8.GetString(payload));
    }
}
