using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mesh.Benchmarks.Live;

/// <summary>The payload JSON of Mesh's live hub: camelCase names, enums as camelCase strings.</summary>
internal static class LiveJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
