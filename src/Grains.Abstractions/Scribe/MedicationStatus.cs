using System.Text.Json.Serialization;
using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>What the encounter did to a medication.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MedicationStatus>))]
[GenerateSerializer, Alias("Mesh.Grains.Scribe.MedicationStatus")]
public enum MedicationStatus
{
    /// <summary>The patient takes it and keeps taking it.</summary>
    [JsonStringEnumMemberName("current")]
    Current,

    /// <summary>Newly started or prescribed.</summary>
    [JsonStringEnumMemberName("started")]
    Started,

    /// <summary>Stopped or discontinued.</summary>
    [JsonStringEnumMemberName("stopped")]
    Stopped,

    /// <summary>Dose or schedule changed.</summary>
    [JsonStringEnumMemberName("changed")]
    Changed,
}
