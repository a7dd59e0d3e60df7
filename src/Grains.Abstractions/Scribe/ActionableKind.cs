using System.Text.Json.Serialization;
using Orleans;

namespace Mesh.Grains.Scribe;

/// <summary>The kinds of work an encounter leaves for the clinic.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionableKind>))]
[GenerateSerializer, Alias("Mesh.Grains.Scribe.ActionableKind")]
public enum ActionableKind
{
    /// <summary>A prescription to write for a started or changed medication.</summary>
    [JsonStringEnumMemberName("prescription")]
    Prescription,

    /// <summary>A follow-up visit to book.</summary>
    [JsonStringEnumMemberName("followUp")]
    FollowUp,

    /// <summary>A lab test or imaging study to order.</summary>
    [JsonStringEnumMemberName("order")]
    Order,

    /// <summary>A referral to a specialist.</summary>
    [JsonStringEnumMemberName("referral")]
    Referral,

    /// <summary>Anything else worth doing or recording.</summary>
    [JsonStringEnumMemberName("note")]
    Note,
}
