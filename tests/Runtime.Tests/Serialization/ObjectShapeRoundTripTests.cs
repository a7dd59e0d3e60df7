using Mesh.Runtime.Tests.Serialization.Models;

namespace Mesh.Runtime.Tests.Serialization;

public sealed class ObjectShapeRoundTripTests
{
    [Fact]
    public void PositionalRecord_RoundTripsThroughItsConstructor()
    {
        var symptom = new Symptom("seg-4", "chest pain on exertion", Severity: 6);

        Assert.Equal(symptom, RoundTrip.Of(symptom));
    }

    [Fact]
    public void InitOnlyRecord_KeepsRequiredAndOptionalMembers()
    {
        var summary = new PatientSummary { PatientId = "clinic-1/p-77", PreferredLanguage = "es", Conditions = ["asthma"] };

        var copy = RoundTrip.Of(summary);

        Assert.Equal("clinic-1/p-77", copy.PatientId);
        Assert.Equal("es", copy.PreferredLanguage);
        Assert.Equal(["asthma"], copy.Conditions);
    }

    [Fact]
    public void ClassWithSettableProperties_KeepsThem()
    {
        var chart = new MutableChart { PatientId = "p-1", Notes = ["seen", "referred"] };

        var copy = RoundTrip.Of(chart);

        Assert.Equal("p-1", copy.PatientId);
        Assert.Equal(["seen", "referred"], copy.Notes);
    }

    [Fact]
    public void PublicFields_AreSerialized()
    {
        var request = new ScheduleRequest { PatientId = "p-9", Day = new DateOnly(2026, 11, 20), Notes = ["fasting"] };

        var copy = RoundTrip.Of(request);

        Assert.Equal("p-9", copy.PatientId);
        Assert.Equal(new DateOnly(2026, 11, 20), copy.Day);
        Assert.Equal(["fasting"], copy.Notes);
    }

    [Fact]
    public void NonAsciiText_RoundTrips()
    {
        var symptom = new Symptom("seg-1", "dolor de cabeza, náuseas; 头痛", Severity: null);

        Assert.Equal(symptom, RoundTrip.Of(symptom));
    }

    [Fact]
    public void ImmutableWrapper_RoundTripsItsValue()
    {
        var copy = RoundTrip.Of(new MutableChart { PatientId = "p-5", Notes = ["stable"] }.AsImmutable());

        Assert.Equal("p-5", copy.Value.PatientId);
        Assert.Equal(["stable"], copy.Value.Notes);
    }
}
