using System.Text;
using Mesh.Runtime.Serialization;
using Mesh.Runtime.Tests.Serialization.Models;

namespace Mesh.Runtime.Tests.Serialization;

public sealed class ScalarRoundTripTests
{
    [Fact]
    public void ScalarRecord_KeepsEveryValue()
    {
        var sample = new ScalarSample(
            EncounterMode.RadiologyDictation,
            MissingMode: null,
            MissingCount: null,
            PresentCount: 3,
            new DateTimeOffset(2026, 3, 14, 9, 26, 53, 589, TimeSpan.FromHours(5.5)),
            new DateOnly(1961, 2, 28),
            TimeSpan.FromMinutes(17.25),
            Guid.Parse("8d3c6c9f-7c0e-4c6a-9d35-0a6f5b0e4f11"),
            1234567890.0123456789m,
            MissingText: null);

        var copy = RoundTrip.Of(sample);

        Assert.Equal(sample, copy);
        Assert.Equal(TimeSpan.FromHours(5.5), copy.StartedAt.Offset);
        Assert.Equal(1234567890.0123456789m, copy.Amount);
    }

    [Fact]
    public void Enum_IsWrittenByName()
    {
        var payload = JsonMeshSerializer.Default.SerializeToArray(EncounterMode.LiveInterpreter);

        Assert.Equal("\"LiveInterpreter\"", Encoding.UTF8.GetString(payload));
        Assert.Equal(EncounterMode.LiveInterpreter, JsonMeshSerializer.Default.Deserialize<EncounterMode>(payload));
    }

    [Fact]
    public void NullReference_RoundTripsAsNull()
    {
        var payload = JsonMeshSerializer.Default.SerializeToArray<MutableChart?>(null);

        Assert.Equal("null", Encoding.UTF8.GetString(payload));
        Assert.Null(JsonMeshSerializer.Default.Deserialize<MutableChart?>(payload));
    }

    [Fact]
    public void NullableValueType_RoundTripsBothStates()
    {
        Assert.Null(RoundTrip.Of<Guid?>(null));
        Assert.Equal(TimeSpan.FromSeconds(90), RoundTrip.Of<TimeSpan?>(TimeSpan.FromSeconds(90)));
    }

    [Fact]
    public void NaN_RoundTrips()
    {
        Assert.True(double.IsNaN(RoundTrip.Of(double.NaN)));
    }

    [Fact]
    public void Binary_KeepsEveryByte()
    {
        var sample = new BinarySample([0x25, 0x50, 0x44, 0x46, 0x00, 0xFF], new byte[] { 1, 2, 3 }, new byte[] { 9, 8 }, MissingPdf: null);

        var copy = RoundTrip.Of(sample);

        Assert.Equal(sample.Pdf, copy.Pdf);
        Assert.Equal(sample.Audio.ToArray(), copy.Audio.ToArray());
        Assert.Equal(sample.Scratch.ToArray(), copy.Scratch.ToArray());
        Assert.Null(copy.MissingPdf);
    }
}
