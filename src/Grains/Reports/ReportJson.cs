using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mesh.Grains.Reports;

/// <summary>How report content is stored as JSON: the same camelCase shape the API shows.</summary>
internal static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
