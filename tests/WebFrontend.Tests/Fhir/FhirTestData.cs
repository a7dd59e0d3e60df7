using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mesh.WebFrontend.Tests.Fhir;

/// <summary>The Synthea bundles under Fhir/Synthea and helpers to send and read FHIR bodies.</summary>
internal static class FhirTestData
{
    public const string Json = "application/fhir+json";
    public const string Xml = "application/fhir+xml";

    /// <summary>Luna McCullough: a Synthea R4 transaction bundle of 223 entries.</summary>
    public static string Luna => Read("Luna60_McCullough561_6662f0ca-b617-4e02-8f55-7275e9f49aa0.json");

    /// <summary>Johnnie Hermiston: a Synthea R4 transaction bundle of 237 entries.</summary>
    public static string Johnnie => Read("Johnnie679_Hermiston71_2cd30bd6-3a87-4191-af90-6daa70f58f55.json");

    public const string LunaId = "356a0ab8-5592-4ec5-8c3a-9a4d0857b793";

    // FHIR JSON has no nulls: absent fields are left out.
    public static readonly JsonSerializerOptions FhirOptions = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static StringContent Content(object body) => Content(JsonSerializer.Serialize(body, FhirOptions));

    public static StringContent Content(string body, string mediaType = Json) => new(body, Encoding.UTF8, mediaType);

    public static async Task<JsonElement> OutcomeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("OperationOutcome", body.GetProperty("resourceType").GetString());
        return body;
    }

    public static string FirstExpression(JsonElement outcome) =>
        outcome.GetProperty("issue")[0].GetProperty("expression")[0].GetString()!;

    /// <summary>How many entries of each resource type a bundle holds.</summary>
    public static Dictionary<string, int> CountByType(string bundle) =>
        JsonDocument.Parse(bundle).RootElement.GetProperty("entry").EnumerateArray()
            .GroupBy(e => e.GetProperty("resource").GetProperty("resourceType").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Mesh.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Mesh.sln was not found above the test folder.");
    }

    private static string Read(string name) =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "WebFrontend.Tests", "Fhir", "Synthea", name));
}
