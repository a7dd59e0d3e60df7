using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mesh.Grains.Claims.Index;

/// <summary>How index rows keep their records: JSON, with statuses by name so the column reads in a SQL console.</summary>
internal static class ClaimIndexJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
