using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mesh.WebFrontend.Hosting;

internal static class JsonExtensions
{
    /// <summary>Unknown fields are refused so a misspelt field is a 400, not silently dropped clinical data.</summary>
    public static IServiceCollection AddMeshJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
}
