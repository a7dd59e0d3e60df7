using System.Text.Json.Serialization;
using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>The vital signs and measurements a draft records.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VitalKind>))]
[GenerateSerializer, Alias("Mesh.Grains.Scribe.VitalKind")]
public enum VitalKind
{
    /// <summary>Systolic/diastolic blood pressure.</summary>
    [JsonStringEnumMemberName("bloodPressure")]
    BloodPressure,

    /// <summary>Heart rate or pulse.</summary>
    [JsonStringEnumMemberName("heartRate")]
    HeartRate,

    /// <summary>Body temperature.</summary>
    [JsonStringEnumMemberName("temperature")]
    Temperature,

    /// <summary>Breaths per minute.</summary>
    [JsonStringEnumMemberName("respiratoryRate")]
    RespiratoryRate,

    /// <summary>Peripheral oxygen saturation.</summary>
    [JsonStringEnumMemberName("oxygenSaturation")]
    OxygenSaturation,

    /// <summary>Body weight.</summary>
    [JsonStringEnumMemberName("weight")]
    Weight,

    /// <summary>Body height.</summary>
    [JsonStringEnumMemberName("height")]
    Height,

    /// <summary>Blood glucose.</summary>
    [JsonStringEnumMemberName("glucose")]
    Glucose,
}
